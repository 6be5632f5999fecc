package cn.insure.claims.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import cn.insure.claims.system.engine.LiteralFeelEngineTest.CountingFeel;

/**
 * Every decision table the analysts maintain in {@code processes/} gives the same results with the
 * production FEEL ({@link LiteralFeelEngine} in front of Camunda's) as with Camunda's FEEL alone, for
 * inputs drawn from the table's own cells: each string it names, the numbers it compares with and
 * their neighbours (as the engine may hand them over: {@code BigDecimal}, {@code Double},
 * {@code Long}, {@code Integer}), booleans and null. A table an analyst adds is checked the same way.
 */
class EveryDecisionTableAnswersAsFeelDoesTest {

  private static final int CASES_PER_TABLE = 400;
  private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern MATCHES = Pattern.compile("matches\\(\\?,\\s*\"([^\"]*)\"\\)");
  private static final List<String> AMOUNTS = List.of("0", "1", "1800", "2000", "5000", "5000.01", "10000",
      "10000.01", "49999.99", "50000", "200000", "499999.99", "500000", "1000000");

  @Test
  void everyTableAnswersTheSameWithTheLiteralCellsAnsweredWithoutFeel() throws IOException {
    CountingFeel camundasFeel = new CountingFeel();
    CountingFeel behindTheLiterals = new CountingFeel();
    DmnEngine plain = engine(() -> camundasFeel);
    DmnEngine production = engine(() -> new LiteralFeelEngine(behindTheLiterals));
    Random random = new Random(20261204L);
    int tables = 0;
    int compared = 0;
    int failed = 0;
    for (Path file : decisionFiles()) {
      Map<String, DmnDecision> asProductionParsesThem = parse(production, file).stream()
          .collect(Collectors.toMap(DmnDecision::getKey, decision -> decision));
      for (DmnDecision decision : parse(plain, file)) {
        if (!(decision.getDecisionLogic() instanceof DmnDecisionTableImpl table)) {
          continue;
        }
        DmnDecision same = asProductionParsesThem.get(decision.getKey());
        List<String> names = new ArrayList<>();
        List<List<Object>> candidates = new ArrayList<>();
        for (int column = 0; column < table.getInputs().size(); column++) {
          DmnDecisionTableInputImpl input = table.getInputs().get(column);
          String expression = input.getExpression().getExpression().trim();
          assertThat(expression).as("%s: input expressions are variable names", file).matches(NAME);
          names.add(expression);
          candidates.add(candidates(table, column, input.getExpression().getTypeDefinition().getTypeName()));
        }
        tables++;
        for (int i = 0; i < CASES_PER_TABLE; i++) {
          VariableMap variables = Variables.createVariables();
          for (int column = 0; column < names.size(); column++) {
            List<Object> values = candidates.get(column);
            variables.putValue(names.get(column), values.get(random.nextInt(values.size())));
          }
          Object expected = outcome(plain, decision, variables);
          failed += expected instanceof String ? 1 : 0;
          assertThat(outcome(production, same, variables)).as("%s %s with %s", file.getFileName(), decision.getKey(),
              variables).isEqualTo(expected);
          compared++;
        }
      }
    }
    assertThat(tables).as("decision tables found in processes/").isGreaterThanOrEqualTo(9);
    assertThat(compared).isEqualTo(tables * CASES_PER_TABLE);
    assertThat(failed).as("cases where Camunda's FEEL itself fails (an input its type cannot take)")
        .isLessThan(compared / 5);
    assertThat(behindTheLiterals.calls.get()).as("most cells never reach FEEL")
        .isLessThan(camundasFeel.calls.get() / 4);
  }

  private static DmnEngine engine(FeelEngineFactory feel) {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(feel);
    return configuration.buildEngine();
  }

  /** The result list, or the kind of failure: both engines must fail alike. */
  private static Object outcome(DmnEngine engine, DmnDecision decision, VariableMap variables) {
    try {
      return engine.evaluateDecisionTable(decision, variables).getResultList();
    } catch (RuntimeException e) {
      return "fails: " + e.getClass().getSimpleName();
    }
  }

  /** Values for one input column, from its cells (and, for a column compared with another, from that one's). */
  private static List<Object> candidates(DmnDecisionTableImpl table, int column, String type) {
    Set<Object> values = new LinkedHashSet<>();
    values.add(null);
    boolean numeric = type != null && Set.of("integer", "long", "double").contains(type);
    boolean comparedWithAName = false;
    for (DmnDecisionTableRuleImpl rule : table.getRules()) {
      DmnExpressionImpl cell = rule.getConditions().get(column);
      String text = cell.getExpression() == null ? "" : cell.getExpression().trim();
      Matcher strings = STRING.matcher(text);
      while (strings.find()) {
        values.add(strings.group(1));
      }
      Matcher patterns = MATCHES.matcher(text);
      while (patterns.find()) {
        for (String word : patterns.group(1).split("\\|")) {
          values.add("客户说" + word + "了");
        }
      }
      Matcher numbers = NUMBER.matcher(text.replaceAll("\"[^\"]*\"", ""));
      while (numbers.find()) {
        numeric = true;
        BigDecimal number = new BigDecimal(numbers.group());
        for (BigDecimal near : List.of(number, number.add(BigDecimal.ONE), number.subtract(BigDecimal.ONE),
            number.add(new BigDecimal("0.01")), number.subtract(new BigDecimal("0.01")))) {
          values.addAll(asTheEngineMayHandIt(near));
        }
      }
      comparedWithAName |= text.matches("(<=|>=|<|>)\\s*[A-Za-z_].*");
    }
    if (numeric || comparedWithAName) {
      AMOUNTS.forEach(amount -> values.addAll(asTheEngineMayHandIt(new BigDecimal(amount))));
    }
    if (type == null || "boolean".equals(type)) {
      values.add(true);
      values.add(false);
    }
    if (type == null || "string".equals(type)) {
      values.add("其他 OTHER");
    }
    return new ArrayList<>(values);
  }

  private static List<Object> asTheEngineMayHandIt(BigDecimal number) {
    List<Object> forms = new ArrayList<>(List.of(number, number.doubleValue()));
    if (number.stripTrailingZeros().scale() <= 0) {
      forms.add(number.longValueExact());
      forms.add(number.intValueExact());
    }
    return forms;
  }

  private static List<Path> decisionFiles() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      return files.filter(file -> file.toString().endsWith(".dmn")).sorted().toList();
    }
  }

  private static List<DmnDecision> parse(DmnEngine engine, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return engine.parseDecisions(in);
    }
  }
}
