package kb.bench;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The words of the generated Chinese pages (Simplified): a few hundred common words of a
 * trading-API help center first, then made-up rare words of two or three characters drawn from the
 * 3,755 characters of GB 2312's first level (the common ones), with the same Zipf frequencies as
 * the English {@link Lexicon}. Chinese is written without spaces, so the pages join these words
 * directly; {@link #FUNCTION_WORDS} and {@link #ASCII_TERMS} are mixed in as real pages do.
 */
final class ChineseLexicon {

  static final String[] FUNCTION_WORDS = {
    "的", "了", "在", "是", "请", "可以", "如果", "需要", "时", "后", "和", "或", "将", "已", "不", "会",
    "也", "都", "对", "从", "到", "为", "与", "中", "该", "此", "您", "并", "但", "即可", "以及", "是否",
    "通过", "由于", "因此", "已经", "还", "就"
  };

  /** Product and protocol names that Chinese pages write in ASCII, between spaces. */
  static final String[] ASCII_TERMS = {
    "OpenD", "API", "Python", "Java", "Telnet", "WebSocket", "SDK", "JSON", "Protobuf", "TCP",
    "IP", "Windows", "Linux", "macOS", "Docker", "RSA", "LV1", "LV2", "ID", "App"
  };

  private static final String COMMON =
      "行情 登录 配置 连接 断开 订阅 账户 交易 下单 解锁 权限 额度 端口 日志 版本 升级 安装 验证 设备 密码"
          + " 接口 请求 服务器 客户端 协议 数据 股票 期权 期货 窝轮 牛熊证 价格 快照 摆盘 逐笔 分时 经纪队列 持仓"
          + " 资金 现金 保证金 融资 融券 限制 频率 错误 错误码 消息 响应 超时 心跳 回调 推送 实时 历史 下载 参数"
          + " 文件 文件夹 目录 路径 命令 命令行 窗口 系统 镜像 容器 进程 线程 内存 网络 代理 防火墙 地址 本地 远程"
          + " 加密 私钥 公钥 证书 手机 验证码 会话 用户 设置 选项 默认 数值 字符串 字段 类型 列表 表格 记录 查询"
          + " 筛选 排序 页面 数量 时间 日期 时区 夏令时 交易时段 盘前 盘后 夜盘 交易所 港股 美股 沪深 新加坡 日本"
          + " 澳洲 市场 报价 订单 改单 撤单 成交 部分成交 状态 模拟交易 真实交易 环境 模拟盘 实盘 模块 函数 方法"
          + " 对象 实例 返回 结果 程序 应用 界面 桌面 移动端 终端 浏览器 启动 停止 重启 退出 崩溃 失败 问题 原因"
          + " 解决 检查 确认 启用 禁用 支持 提供 允许 使用 运行 打开 关闭 重试 发送 接收 更新 刷新 加载 保存 读取"
          + " 写入 删除 创建 复制 移动 问卷 评估 免责声明 风险 提示 公告 监管 客服 帮助 文档 指南 示例 样例 测试"
          + " 调试 输出 输入 多个 单个 首次 最新 之前 新版 旧版 相同 不同 其他 自动 手动 正确 成功 正常 通常 一般"
          + " 行情卡 账号 开户 资产 市值 盈亏 购买力 可用资金 冻结 结算 交收 币种 港币 美元 人民币 汇率 利息"
          + " 手续费 佣金 平台费 印花税 股息 分红 拆股 合股 停牌 复牌 上市 退市 涨跌幅 涨停 跌停 开盘 收盘 竞价"
          + " 集合竞价 暗盘 轮证 指数 板块 自选股 条件单 止损 止盈 限价单 市价单 竞价单 有效期 当日有效 撤销 触发"
          + " 触发价 每手 最小变动 价位 买入 卖出 做空 平仓 开仓 杠杆 风控 预警 通知 邮件 短信 二维码 扫码 绑定 解绑"
          + " 授权 令牌 签名 密钥 认证 身份 实名 登出 注销 断线 重连 掉线 延迟 卡顿 丢包 带宽 流量 并发 队列 缓存"
          + " 缓冲 线程池 异步 同步 阻塞 轮询 事件 监听 处理器 句柄 套接字 编码 解码 序列化 格式 字节 长度 上限"
          + " 下限 范围 区间 精度 小数 整数 浮点 布尔 枚举 常量 变量 环境变量 安装包 压缩包 解压 安装目录 数据目录"
          + " 配置文件 日志文件 日志级别 控制台 图形界面 后台 前台 守护进程 服务 端口号 监听地址 云服务器 虚拟机"
          + " 操作系统 依赖 兼容 兼容性 版本号 更新日志 发布 功能 特性 模式 方案 策略 量化 回测 算法 行情源 数据源"
          + " 延时行情 实时行情 深度 十档 一档 盘口 买盘 卖盘 成交量 成交额 换手率 市盈率 市净率 总市值 流通 股本"
          + " 财报 公司 行业 资讯 新闻 评论 社区 论坛 反馈 建议 工单 人工 在线 离线 账单 流水 明细 报表 导出 导入"
          + " 备份 恢复 迁移 清理 重置 初始化 注册 申请 审核 开通 生效 失效 过期 续费 套餐 等级 门槛 条件 规则"
          + " 说明 注意 事项 常见问题";

  private ChineseLexicon() {}

  /** The common words, once each, in frequency order. */
  static List<String> commonWords() {
    return List.copyOf(new LinkedHashSet<>(List.of(COMMON.split(" "))));
  }

  /** The common words, then {@code rare} made-up words, all drawn from one seed. */
  static Lexicon create(long seed, int rare) {
    List<String> words = new ArrayList<>(commonWords());
    int common = words.size();
    String characters = commonCharacters();
    SplittableRandom random = new SplittableRandom(seed ^ 0x2B_5A_2B);
    Set<String> seen = new LinkedHashSet<>(words);
    while (words.size() < common + rare) {
      int length = random.nextInt(5) < 3 ? 2 : 3;
      StringBuilder word = new StringBuilder();
      for (int i = 0; i < length; i++) {
        word.append(characters.charAt(random.nextInt(characters.length())));
      }
      if (seen.add(word.toString())) {
        words.add(word.toString());
      }
    }
    return new Lexicon(words, Lexicon.EXPONENT);
  }

  /**
   * The 3,755 characters of GB 2312's first level, the common characters of Simplified Chinese
   * (rows 16 to 55, 94 a row, the last 89), decoded with the JDK's GB 2312 charset.
   */
  static String commonCharacters() {
    ByteBuffer bytes = ByteBuffer.allocate(2 * 3_755);
    for (int row = 16; row <= 55; row++) {
      for (int cell = 1; cell <= (row == 55 ? 89 : 94); cell++) {
        bytes.put((byte) (0xA0 + row)).put((byte) (0xA0 + cell));
      }
    }
    bytes.flip();
    try {
      CharBuffer chars =
          Charset.forName("GB2312")
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(bytes);
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("GB 2312 level 1 does not decode", e);
    }
  }
}
