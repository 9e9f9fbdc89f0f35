package io.anchorkeeper.app.notify;

import io.anchorkeeper.app.notify.telegram.TelegramCredentials;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when {@code TELEGRAM_BOT_TOKEN} is set and not blank; the value is not looked at further.
 */
final class TelegramTokenPresent implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    String token = context.getEnvironment().getProperty(TelegramCredentials.TOKEN_VARIABLE);
    return token != null && !token.isBlank();
  }
}
