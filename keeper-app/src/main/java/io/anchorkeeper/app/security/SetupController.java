package io.anchorkeeper.app.security;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The first-run setup page ({@code templates/setup.html}): with this run's code and only while no
 * owner exists, the owner chooses a username and password. Any other time the page does not exist
 * (404), so it tells nothing to whoever guesses at it.
 */
@Controller
class SetupController {

  private final FirstRunSetup setup;

  SetupController(FirstRunSetup setup) {
    this.setup = setup;
  }

  @GetMapping("/setup")
  String form(@RequestParam(defaultValue = "") String code, Model model) {
    requireOpen(code);
    model.addAttribute("code", code);
    model.addAttribute("username", "");
    model.addAttribute("problems", List.of());
    return "setup";
  }

  @PostMapping("/setup")
  String create(
      @RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String confirmation,
      Model model) {
    requireOpen(code);
    List<String> problems = setup.complete(code, username, password, confirmation);
    if (problems.isEmpty()) {
      return "redirect:/login?setup";
    }
    model.addAttribute("code", code);
    model.addAttribute("username", username);
    model.addAttribute("problems", problems);
    return "setup";
  }

  private void requireOpen(String code) {
    if (!setup.accepts(code)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }
}
