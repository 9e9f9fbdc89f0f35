package io.anchorkeeper.app.paper;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The keeper in paper mode over real HTTP, prices standing still, its owner account from
 * configuration. Every test class with exactly this annotation shares one application context: one
 * emulator, one engine and one in-memory book (a second context would run a second engine on the
 * same in-memory database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "keeper.mode=paper",
      "keeper.paper.volatility=0",
      "keeper.security.owner.username=" + PaperKeeperTest.OWNER,
      "keeper.security.owner.password=" + PaperKeeperTest.OWNER_PASSWORD
    })
public @interface PaperKeeperTest {

  /** The owner's username in the shared context. */
  String OWNER = "owner";

  /** The owner's password in the shared context; the tests check it is stored hashed only. */
  String OWNER_PASSWORD = "Paper-Owner-3f9a61c2";
}
