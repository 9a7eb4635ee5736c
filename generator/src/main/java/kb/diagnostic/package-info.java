/** Problems found in the sources, each with the file and line it came from, and the exit codes. */
package kb.diagnostic;
