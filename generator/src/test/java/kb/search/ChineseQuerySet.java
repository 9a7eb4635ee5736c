package kb.search;

import java.util.List;
import java.util.Map;

/**
 * Everyday Chinese queries of two to four characters, alone, inside longer sentences of the FAQ, or
 * mixed with product words, each with the question it must rank first on both brands' sites: per
 * language, as readers of the Simplified and of the Traditional site write them.
 */
final class ChineseQuerySet {

  /**
   * @param query as typed
   * @param first the anchor of the question ranked first
   */
  record Case(String query, String first) {}

  static final Map<String, List<Case>> CASES =
      Map.of(
          "zh-CN",
          List.of(
              new Case("行情权限", "5285"),
              new Case("登录", "8879"),
              new Case("配置", "2083"),
              new Case("连接断开", "9285"),
              new Case("OpenD 行情", "5285"),
              new Case("手机验证码", "583"),
              new Case("设备锁", "2453"),
              new Case("编程语言", "9516"),
              new Case("Docker 镜像", "3889"),
              new Case("记住密码", "9285"),
              new Case("日志", "605"),
              new Case("脚本连接", "1308"),
              new Case("启动失败", "2083"),
              new Case("自动退出", "3127"),
              new Case("问卷评估", "3127"),
              new Case("多进程", "2215"),
              new Case("一台电脑", "7685"),
              new Case("抢权限", "4390"),
              new Case("自动升级", "9361"),
              new Case("Ubuntu 22", "7762"),
              new Case("后台运行", "758"),
              new Case("自带数据", "8726"),
              new Case("运维命令", "4390"),
              new Case("断开", "3043")),
          "zh-HK",
          List.of(
              new Case("行情權限", "5285"),
              new Case("登入", "8879"),
              new Case("設定", "2083"),
              new Case("連線中斷", "9285"),
              new Case("OpenD 行情", "5285"),
              new Case("手機驗證碼", "583"),
              new Case("設備鎖", "2453"),
              new Case("編程語言", "9516"),
              new Case("Docker 鏡像", "3889"),
              new Case("記住密碼", "9285"),
              new Case("日誌", "605"),
              new Case("腳本連線", "1308"),
              new Case("啟動失敗", "2083"),
              new Case("自動退出", "3127"),
              new Case("問卷評估", "3127"),
              new Case("多進程", "2215"),
              new Case("一部電腦", "7685"),
              new Case("搶權限", "4390"),
              new Case("自動升級", "9361"),
              new Case("Ubuntu 22", "7762"),
              new Case("後台運行", "758"),
              new Case("自帶數據", "8726"),
              new Case("運維命令", "4390"),
              new Case("中斷", "3043")));

  private ChineseQuerySet() {}
}
