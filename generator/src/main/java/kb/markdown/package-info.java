/** Markdown to HTML with flexmark, configured in one place, cut into questions and answers. */
package kb.markdown;
