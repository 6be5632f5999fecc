package cn.insure.claims.system.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description of the application API ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}; both public, they describe and do not disclose). Adds what every
 * operation shares: HTTP Basic, the problem-detail schema of every 4xx answer, the 401 and 403
 * answers, and the request examples kept as files under {@code openapi/} (one of them, the
 * hospitalisation claim, is also what the README's curl example sends).
 */
@Configuration
class ApiDocumentation {

  static final String PROBLEM = "Problem";
  static final String PROBLEM_JSON = "application/problem+json";

  @Bean
  OpenAPI claimsApi(ObjectMapper objectMapper) {
    return new OpenAPI()
        .info(new Info().title("理赔与投诉 Claims and complaints – application API").version("v1")
            .description("""
                The API of channel systems (web, app, WeChat, call centre) and staff tools. HTTP Basic with a user \
                of the engine's identity service; in the demo profile `channel:channel`. Personal data (ID and \
                phone numbers, accounts) leaves masked. Every refusal is an RFC 9457 problem detail \
                (`application/problem+json`) whose `errors` name each bad field and what is expected."""))
        .components(new Components()
            .addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
            .addSchemas(PROBLEM, problemSchema())
            .addExamples("hospitalisationClaim", new Example().summary("住院医疗理赔 A hospitalisation claim from the app")
                .value(example(objectMapper, "openapi/claim-submission.example.json"))))
        .addSecurityItem(new SecurityRequirement().addList("basicAuth"));
  }

  /** Every 4xx answer is a problem detail; every operation may answer 401 and 403. */
  @Bean
  OpenApiCustomizer problemResponses() {
    return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
      operation.getResponses().putIfAbsent("401", new ApiResponse().description("No or wrong credentials"));
      operation.getResponses().putIfAbsent("403", new ApiResponse().description("Your groups may not do this"));
      operation.getResponses().forEach((code, response) -> {
        if (code.startsWith("4")) {
          response.setContent(new Content().addMediaType(PROBLEM_JSON,
              new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        }
      });
    }));
  }

  private static Schema<?> problemSchema() {
    return new ObjectSchema().description("RFC 9457 problem detail")
        .addProperty("type", new StringSchema().format("uri").example("https://claims.insure.cn/problems/invalid-request"))
        .addProperty("title", new StringSchema().example("请求参数有误 Invalid request"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty("detail", new StringSchema().example("Correct these fields: claimant.phone"))
        .addProperty("instance", new StringSchema().format("uri").example("/api/claims"))
        .addProperty("errors", new ArraySchema().items(new ObjectSchema()
            .addProperty("field", new StringSchema().example("claimant.phone"))
            .addProperty("message", new StringSchema().example("must be an 11-digit mainland mobile number"))));
  }

  private static Object example(ObjectMapper objectMapper, String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return objectMapper.readValue(in, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException("OpenAPI example " + resource + " is missing or not JSON", e);
    }
  }
}
