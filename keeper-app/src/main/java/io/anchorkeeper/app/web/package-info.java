/**
 * The dashboard: server-rendered pages (Thymeleaf + htmx + Chart.js from webjars), live updates by
 * server-sent events, manual actions through the engine's runner, Chinese and English. Read {@code
 * docs/dashboard.md} first.
 */
package io.anchorkeeper.app.web;
