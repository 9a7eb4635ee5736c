/** Which URLs a site may carry: one rule for content, brand files and templates. */
package kb.url;
