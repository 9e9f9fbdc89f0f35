package io.anchorkeeper.app.ops;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/**} at {@code /v3/api-docs} (springdoc; Swagger UI at
 * {@code /swagger-ui.html}), both behind the owner's login or a token. Every operation needs the
 * {@code bearer} scheme: {@code Authorization: Bearer akt_...}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  static final String BEARER = "bearer";

  @Bean
  OpenAPI keeperOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Anchor Keeper API")
                .version("1")
                .description(
                    "Positions, records, settings and manual procedures of the keeper. Every call"
                        + " needs a bearer token made by the owner (POST /api/tokens from a"
                        + " logged-in session) or the owner's session with its CSRF header."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("akt_ token")
                        .description("An API token, sent as 'Authorization: Bearer akt_...'")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }
}
