package io.anchorkeeper.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Switches the language on {@code ?lang=en} or {@code ?lang=zh}; other values are ignored rather
 * than turned into a locale the dashboard has no labels for.
 */
final class LanguageSwitch implements HandlerInterceptor {

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    DashboardLanguage.parse(request.getParameter("lang"))
        .ifPresent(
            locale -> {
              LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
              if (resolver != null) {
                resolver.setLocale(request, response, locale);
              }
            });
    return true;
  }
}
