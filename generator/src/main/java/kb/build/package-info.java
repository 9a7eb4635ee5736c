/** Runs the stages for each brand, in order; no logic of its own. */
package kb.build;
