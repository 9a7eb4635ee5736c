/** Loops run on every core, ending within one step of their last item. */
package kb.parallel;
