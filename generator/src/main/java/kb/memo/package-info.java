/** What one run of a stage made, offered to the next run by input: kb serve's rebuilds. */
package kb.memo;
