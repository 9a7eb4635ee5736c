/** The {@code kb} command line: parse, run, print diagnostics, exit with a code. */
package kb.cli;
