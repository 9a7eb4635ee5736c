/** Writes a finished site to disk: all of it or, when anything fails, none of it. */
package kb.site;
