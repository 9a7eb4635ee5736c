/** Mustache templates from {@code templates/}, compiled once, filled from records. */
package kb.template;
