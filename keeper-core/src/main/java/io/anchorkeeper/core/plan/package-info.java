/** What plans are made of: planned orders and the small result type for "cannot plan". */
package io.anchorkeeper.core.plan;
