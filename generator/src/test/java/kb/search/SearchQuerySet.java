package kb.search;

import java.util.List;

/**
 * Queries written from the shipped FAQ, with the question each brand must rank first (its anchor),
 * or "" when the brand must find nothing. Used by the Lucene ranking test and by the browser parity
 * test.
 */
final class SearchQuerySet {

  record Case(String query, String futuFirst, String moomooFirst) {
    String first(String brand) {
      return brand.equals("futu") ? futuFirst : moomooFirst;
    }
  }

  static final List<Case> CASES =
      List.of(
          new Case("telnet port", "4390", "4390"),
          new Case("verification code", "583", "583"),
          new Case("device lock", "2453", "2453"),
          new Case("Device.dat", "2453", "2453"),
          new Case("docker", "3889", "3889"),
          new Case("11111", "7685", "7685"),
          new Case("log_level", "605", "605"),
          new Case("multiprocessing spawn", "2215", "2215"),
          new Case("libfuse ubuntu", "7762", "7762"),
          new Case("nohup background", "758", "758"),
          new Case("automatic upgrade", "9361", "9361"),
          new Case("questionnaire agreement", "3127", "3127"),
          new Case("Appdata.dat", "8726", "8726"),
          new Case("heartbeat", "3043", "3043"),
          new Case("socket protocol languages", "9516", "9516"),
          new Case("remember password token", "9285", "9285"),
          new Case("connection limit 128", "1308", "1308"),
          new Case("one account multiple OpenD", "8879", "8879"),
          new Case("request_highest_quote_right", "4390", "4390"),
          new Case("auto_hold_quote_right", "2244", "2244"),
          new Case("mobile phone", "583", "583"),
          new Case("verif", "583", "583"),
          new Case("devise lock ", "2453", "2453"),
          new Case("verifcation", "583", "583"),
          new Case("futunn", "8726", ""),
          new Case("com.moomoo.OpenD", "8726", "8726"),
          new Case("moomoo", "", "7685"),
          new Case("from futu import", "7685", "7685"));

  private SearchQuerySet() {}
}
