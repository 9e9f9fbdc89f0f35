package io.anchorkeeper.app.notify.format;

/** Fills {@code {0}}..{@code {9}} placeholders in one pass, so arguments are never re-read. */
final class Templates {

  private Templates() {}

  static String fill(String template, String... args) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{' && isPlaceholder(template, i)) {
        int index = template.charAt(i + 1) - '0';
        if (index >= args.length) {
          throw new IllegalArgumentException(
              "template needs argument " + index + " but got " + args.length + ": " + template);
        }
        out.append(args[index]);
        i += 3;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The highest placeholder index in {@code template} plus one: how many arguments it needs. */
  static int arity(String template) {
    int arity = 0;
    for (int i = 0; i < template.length(); i++) {
      if (isPlaceholder(template, i)) {
        arity = Math.max(arity, template.charAt(i + 1) - '0' + 1);
      }
    }
    return arity;
  }

  private static boolean isPlaceholder(String template, int at) {
    return at + 2 < template.length()
        && template.charAt(at) == '{'
        && template.charAt(at + 1) >= '0'
        && template.charAt(at + 1) <= '9'
        && template.charAt(at + 2) == '}';
  }
}
