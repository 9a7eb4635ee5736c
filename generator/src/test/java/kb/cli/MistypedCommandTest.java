package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A mistyped command or option exits with 2 and says what was probably meant (issue 23). */
class MistypedCommandTest {

  @Test
  void aMistypedCommandNamesTheNearestCommand() {
    Cli cli = Cli.run("biuld");
    assertEquals(2, cli.exitCode());
    assertEquals(
        List.of("kb: unknown command 'biuld'", "  hint: did you mean build?", "Try 'kb --help'."),
        cli.err().lines().toList());
  }

  @Test
  void aMistypedCommandWithOptionsNamesTheNearestCommand() {
    Cli cli = Cli.run("chek", "--content", "content");
    assertEquals(2, cli.exitCode());
    assertEquals("  hint: did you mean check?", cli.err().lines().toList().get(1));
  }

  @Test
  void aWordFarFromEveryCommandGetsNoGuess() {
    Cli cli = Cli.run("deploy");
    assertEquals(2, cli.exitCode());
    assertEquals(
        List.of("kb: unknown command 'deploy'", "Try 'kb --help'."), cli.err().lines().toList());
  }

  @Test
  void aMistypedOptionNamesTheNearestOptionOfItsCommand() {
    Cli cli = Cli.run("build", "--brnad", "alpha");
    assertEquals(2, cli.exitCode());
    assertEquals("  hint: did you mean --brand?", cli.err().lines().toList().get(1), cli.err());
  }
}
