package io.anchorkeeper.app.web.pages;

import io.anchorkeeper.app.engine.UnknownSlotException;
import io.anchorkeeper.app.web.DashboardViews;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The dashboard's errors as pages (or fragments for htmx), not the API's problem documents: an
 * unknown slot is 404, a bad parameter 400, and the message says which.
 */
@ControllerAdvice(basePackages = "io.anchorkeeper.app.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashboardErrors {

  @ExceptionHandler(UnknownSlotException.class)
  String unknownSlot(
      UnknownSlotException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage(), request, response, model);
  }

  @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class})
  String badRequest(
      Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage(), request, response, model);
  }

  private static String problem(
      HttpStatus status,
      String message,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("message", message);
    return DashboardViews.fragmentOrPage(request, model, "problem", "problem");
  }
}
