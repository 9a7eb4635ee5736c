package kb.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "did you mean" of a hint: the nearest known name, only when it is near. */
class NearestNameTest {

  private static final List<String> COMMANDS = List.of("build", "check", "serve", "new", "search");

  @Test
  void aSwapOrATypoFindsTheName() {
    assertEquals(Optional.of("build"), NearestName.among(COMMANDS, "biuld"));
    assertEquals(Optional.of("check"), NearestName.among(COMMANDS, "chek"));
    assertEquals(Optional.of("serve"), NearestName.among(COMMANDS, "serv"));
  }

  @Test
  void aNameTooFarFromAnyFindsNothing() {
    assertEquals(Optional.empty(), NearestName.among(COMMANDS, "deploy"));
    assertEquals(Optional.empty(), NearestName.among(COMMANDS, "x"));
    assertEquals(Optional.empty(), NearestName.among(List.of(), "build"));
  }

  @Test
  void aKnownNameHasNoSuggestion() {
    assertEquals(Optional.empty(), NearestName.among(COMMANDS, "build"));
  }

  @Test
  void longerNamesAllowMoreEditsAndTheNearestWins() {
    List<String> pages = List.of("faq/opend.md", "faq/opend-cmd.md", "faq/quote.md");
    assertEquals(Optional.of("faq/opend-cmd.md"), NearestName.among(pages, "faq/opend_cmds.md"));
    assertEquals(Optional.of("faq/opend.md"), NearestName.among(pages, "faq/opnd.md"));
  }

  @Test
  void tiesGoToTheFirstNameGiven() {
    assertEquals(Optional.of("160"), NearestName.among(List.of("160", "140"), "150"));
  }
}
