/** Reads the {@code content/} folder: pages with their front matter, and the files they use. */
package kb.content;
