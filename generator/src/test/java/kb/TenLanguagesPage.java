package kb;

import java.util.List;

/**
 * A page with a fenced example in each language kb highlights, written as the API's examples are,
 * with a brand variable in most: the fixture of the highlighting tests, in Markdown and in the
 * browser.
 */
public final class TenLanguagesPage {

  /** The fence names, in the page's order. */
  public static final List<String> LANGUAGES =
      List.of("python", "proto", "c#", "java", "cpp", "js", "shell", "json", "xml", "yaml");

  private TenLanguagesPage() {}

  /** The page's Markdown body: one question, ten fences, then one in an unknown language. */
  public static String body() {
    return String.join(
        "\n",
        "## How do I subscribe to quotes? {#1}",
        "",
        "```python",
        "from {{python.package}} import *",
        "quote_ctx = OpenQuoteContext(host='127.0.0.1', port=11111)  # connect",
        "print(quote_ctx.get_global_state())",
        "```",
        "",
        "```proto",
        "syntax = \"proto2\";",
        "package Qot_Sub;",
        "message C2S {",
        "  repeated Qot_Common.Security securityList = 1; // codes",
        "}",
        "```",
        "",
        "```c#",
        "using Futu.OpenApi; // {{python.package}}",
        "[Serializable]",
        "MMAPI_Qot qot = new MMAPI_Qot();",
        "var s = $\"port {port}\" + @\"C:\\x\";",
        "```",
        "",
        "```java",
        "import {{python.package}}.openapi.*;",
        "@Override",
        "public class QotDemo implements FTSPI_Qot { long n = 10_000L; }",
        "```",
        "",
        "```cpp",
        "#include \"FTAPI.h\"",
        "Qot_Sub::Request req;",
        "auto *c2s = req.mutable_c2s(); /* {{python.package}} */",
        "```",
        "",
        "```js",
        "import ftWebsocket from \"{{python.package}}-api\";",
        "const { Qot_Common } = Common;",
        "const msg = `port ${port} <b>`;",
        "```",
        "",
        "```shell",
        "pip install {{python.package}}  # latest",
        "nohup ./OpenD -login_pwd=$PWD &",
        "```",
        "",
        "```json",
        "{\"api_port\": 11111, \"package\": \"{{python.package}}\", \"tls\": null}",
        "```",
        "",
        "```xml",
        "<api_port a=\"1\">11111</api_port> <!-- port -->",
        "```",
        "",
        "```yaml",
        "api_port: 11111 # port",
        "package: {{python.package}}",
        "tags: [\"a\", true, ~]",
        "```",
        "",
        "```cobol",
        "DISPLAY 'import <b>' \"{{python.package}}\".",
        "```",
        "");
  }
}
