import { LEDGER_CATALOGUE } from '../api/ledgerCatalogue.js';

const ledgerList = LEDGER_CATALOGUE.map((l) => `${l.id} = ${l.title}`).join('；');

export const HELP = `支部台账 命令行工具 zhibu

用法：zhibu <命令> [参数]

  init    --db 路径 --role branch|office --name 名称 --code 代码
          [--type 村|社区|机关|企业|学校|其他] [--parent 上级党组织] [--founded YYYY-MM-DD] [--term-start YYYY-MM-DD]
          新建数据文件并完成首次设置
  info    --db 路径                       以 JSON 显示数据库版本、组织、各表记录数
  members import --db 路径 花名册.xlsx [--dry-run] [--skip-rejected]
          从 Excel/WPS 表格（.xlsx、.xls、.et）或 .csv 导入党员：逐行报告；有未通过的行时不写入任何数据并以非零状态退出
  members export --db 路径 --out 文件.xlsx [--scope current|former|all]
          导出党员花名册为 Excel
  print   台账 --db 路径 [--year YYYY] [--person ID] --out 文件.pdf
          打印台账为 PDF（${ledgerList}；--year 用于按年度的台账，默认今年）
  print   yearbook --db 路径 --year YYYY --out 文件.pdf
          打印年度党支部工作手册：封面、目录（含页码）和本年全部台账合为一个 PDF
  dues calc --category 类别 [--base 元] [--fixed 元] [--explain]
          计算每月应交党费（元，两位小数）；类别：在职、年薪制、个体经营/无固定月收入、离退休、农民、
          学生、下岗失业、低保/抚恤救济、其他；农民可用 --fixed 指定 0.2–1 元
  check   --db 路径 [--year YYYY]          以 JSON 显示该年度组织生活完成情况（按活动、按月/季/年）
  office enrol --db 路径 --name 支部名称 --code 支部代码 --out 文件.zbenrol [--again]
          上级党委登记一个支部，生成一次性登记文件
  office revoke --db 路径 --code 支部代码  上级党委停用一个支部（不再接收、不再导出；重新登记可恢复）
  office demo --db 路径 [--branches N] [--seed S] [--members 平均人数] [--keep-branches 文件夹]
          生成演示用的县（乡镇）党委：每个支部单独建库、登记、导出，再由上级党委导入
  stats   --db 路径 [--year YYYY] [--date YYYY-MM-DD] [--branches 代码,代码…]
          上级党委：以 JSON 显示所辖支部的党员队伍结构统计
  enrol   --db 路径 文件.zbenrol            支部导入上级党委的登记文件
  export  --db 路径 --out 文件.zbx [--branch 支部代码] [--full]
          导出加密签名的数据包（支部发给上级；上级发给支部须 --branch；--full 为全部数据，用于恢复）
  export  --db 路径 --all --out-dir 文件夹
          上级党委给每个在用的支部各导出一个数据包到该文件夹（已停用、尚未发来数据包的除外；不覆盖已有文件）
  import  --db 路径 文件.zbx [文件…]         导入数据包（每个文件单独成功或失败，有未导入的则非零退出）
  fingerprint --db 路径                     显示本机密钥指纹（电话核对用）
  keys backup --db 路径 --out 文件.zbkey [--passphrase-file 口令文件]
          用口令加密备份本机密钥（更换电脑后恢复，上级党委无需重新登记）
  keys restore --db 路径 文件.zbkey [--passphrase-file 口令文件]
          从密钥备份恢复本机密钥；口令取自环境变量 ZHIBU_PASSPHRASE 或口令文件，不能写在命令行上
  backup  --db 路径 --out 备份文件          在线备份数据（程序运行时也可备份；不含本机密钥）
  restore --db 路径 [备份文件]             从备份恢复（先把当前数据另存为“恢复前”备份，可撤销）；不给文件则列出备份
  verify  --db 路径                       检查数据文件：是否损坏、引用是否完整、记录时间是否晚于本机时间（有问题则非零退出）
  unlock  [--db 路径]                     数据从别的电脑（或别的系统用户）拷来、或设为“仅凭密码打开”时：
          输入账号的用户名和密码（从键盘或管道读入），解锁后本机（当前系统用户）可直接打开
  demo    --db 路径 [--members N] [--seed S]
          新建一个演示用的村党支部（数据可重复生成）
  serve   [--db 路径] [--port 端口]         以浏览器方式运行（只在本机 127.0.0.1 上提供）
  help                                    显示本说明

生成 PDF 需要本机装有 Chromium、Chrome 或 Edge；也可设置 ZHIBU_BROWSER=浏览器程序路径。
出错时显示一行中文说明，并以非零状态退出。

zhibu — command line of 支部台账 (Party branch ledger)
  init            create a database and set up the organisation (role branch or office)
  info            print schema version, role, organisation and row counts as JSON
  members import  import members from an .xlsx/.xls/.et/.csv roster (per-row report; all-or-nothing)
  members export  export the roster to .xlsx
  print           print a ledger to PDF; needs Chromium/Chrome/Edge or ZHIBU_BROWSER
  print yearbook  the year's 工作手册: cover, contents with page numbers, every ledger, one PDF
  dues calc       monthly Party dues for a category and base (元, two decimals)
  check           the year's organisational-life compliance as JSON
  office enrol     (office) register a branch and write its one-time .zbenrol file
  office revoke    (office) stop a branch: its bundles are refused and none is sent to it
  office demo      (office) build a demo county from real branch installations' bundles
  stats            (office) structure statistics of the branches as JSON
  enrol            (branch) import the office's enrolment file
  export / import  write / read encrypted, signed .zbx bundles
  export --all     (office) one bundle per active branch into --out-dir
  fingerprint      this installation's key fingerprint
  keys backup / restore  passphrase-protected backup of this installation's private keys
  backup          online backup of the database file (without the private keys)
  restore         restore a backup (the current data is kept first as a pre-restore backup); lists them without a file
  verify          check the file: integrity, references, stamps ahead of this clock
  unlock          open data moved from another PC (or password-only) with an account's name and password
                  (read from stdin); this OS user then opens it without asking
  demo            create a reproducible demo village branch
  serve           browser mode on 127.0.0.1 (prints the URL with its access token)
  help            this text
`;
