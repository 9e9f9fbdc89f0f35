/**
 * JMH benchmarks of the keeper's hot paths, on the real engine wired without Spring: slots, journal
 * and ledger in memory, an exchange that only knows instrument specs, no feed.
 */
package io.anchorkeeper.bench.jmh;
