package cn.insure.claims.system.engine;

import org.camunda.spin.impl.json.jackson.format.JacksonJsonDataFormat;
import org.camunda.spin.spi.DataFormatConfigurator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Spin reads a JSON object variable into a tree before it maps it to Java; by default a decimal in
 * that tree is a double, so {@code 12800.00} came back as {@code 12800.0} and a 17-digit amount would
 * lose digits. Here decimals stay {@code BigDecimal}, digits and scale as written (see
 * {@link EngineAmounts}). Registered for Spin's service loader in
 * {@code META-INF/services/org.camunda.spin.spi.DataFormatConfigurator}.
 */
public class ExactDecimalsInJsonVariables implements DataFormatConfigurator<JacksonJsonDataFormat> {

  @Override
  public Class<JacksonJsonDataFormat> getDataFormatClass() {
    return JacksonJsonDataFormat.class;
  }

  @Override
  public void configure(JacksonJsonDataFormat format) {
    format.getObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  }
}
