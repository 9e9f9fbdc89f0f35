package io.anchorkeeper.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The keeper in paper mode with still prices, as every dashboard test runs it: one set of
 * properties, so all of them share one cached application context (and one emulator). Its book is
 * an in-memory database of its own: paper mode's default one is shared by every context in the JVM,
 * and the other paper-mode tests count the procedures of the same demo slots. Samples are taken
 * every second so charts fill quickly. Each test class works on its own slots, so their procedures
 * do not meet.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "keeper.mode=paper",
      "keeper.paper.volatility=0",
      "keeper.security.owner.username=" + TestOwner.USERNAME,
      "keeper.security.owner.password=" + TestOwner.PASSWORD,
      "keeper.dashboard.sample-interval=1s",
      "spring.datasource.url=jdbc:h2:mem:keeper-dashboard-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"
    })
@interface DashboardTest {}
