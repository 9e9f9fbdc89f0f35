package io.anchorkeeper.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;

/**
 * Chooses between a template's fragment (for htmx, which swaps it into the page) and a whole page
 * around the same fragment (for a plain request, e.g. with JavaScript off or a bookmarked link).
 */
public final class DashboardViews {

  private DashboardViews() {}

  /** True for requests htmx sent to swap a part of the page. */
  public static boolean isFragmentRequest(HttpServletRequest request) {
    return "true".equals(request.getHeader("HX-Request"))
        && !"true".equals(request.getHeader("HX-History-Restore-Request"));
  }

  /** {@code template :: fragment} for htmx, otherwise the page that shows that fragment. */
  public static String fragmentOrPage(
      HttpServletRequest request, Model model, String template, String fragment) {
    if (isFragmentRequest(request)) {
      return template + " :: " + fragment;
    }
    model.addAttribute("pageTemplate", template);
    model.addAttribute("pageFragment", fragment);
    return "single";
  }
}
