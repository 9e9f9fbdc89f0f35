/** Figures: distributions, the machine a run ran on, and the JSON and Markdown a run writes. */
package io.anchorkeeper.bench.report;
