package io.anchorkeeper.app.web;

import io.anchorkeeper.app.notify.LanguageProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The dashboard's languages: labels from {@code messages_en.properties} and {@code
 * messages_zh.properties}; the reader's choice ({@code ?lang=zh|en}) is kept in a cookie, and
 * {@code keeper.language} is the default.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  static final String LANGUAGE_COOKIE = "keeper-lang";

  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
    messages.setDefaultLocale(Locale.ENGLISH);
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  /** Named as the dispatcher servlet looks it up. */
  @Bean(name = "localeResolver")
  LocaleResolver localeResolver(LanguageProperties language) {
    CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
    resolver.setDefaultLocaleFunction(request -> DashboardLanguage.of(language.language()));
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    resolver.setCookieHttpOnly(true);
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new LanguageSwitch()).addPathPatterns("/", "/dashboard/**");
  }
}
