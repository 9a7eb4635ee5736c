/** The benchmark of bench/run.sh: corpus generator, browser query harness and result table. */
package kb.bench;
