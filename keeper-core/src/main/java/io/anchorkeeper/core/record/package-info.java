/** What procedures are asked to do and what they did: requests, reports and their parts. */
package io.anchorkeeper.core.record;
