package io.anchorkeeper.app.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page ({@code templates/login.html}); Spring Security handles its post. The page says so
 * when no owner exists yet, and where the setup link is.
 */
@Controller
class LoginController {

  private final FirstRunSetup setup;

  LoginController(FirstRunSetup setup) {
    this.setup = setup;
  }

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("setupPending", setup.pending());
    return "login";
  }
}
