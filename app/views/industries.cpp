#include "industries.hpp"

#include <cstring>

namespace sx_app {

const std::vector<Industry>& industries() {
  static const std::vector<Industry> table = {
      {"C13", "农副食品加工业", "process", "粮油、饲料、制糖等多为原料连续加工"},
      {"C14", "食品制造业", "process", "配料、蒸煮、发酵、灭菌等按工艺流程进行"},
      {"C15", "酒、饮料和精制茶制造业", "process", "酿造、发酵、调配等按工艺流程进行"},
      {"C16", "烟草制品业", "process", "制丝等主要工序连续进行"},
      {"C17", "纺织业", "process",
       "纺织业多为流程型：纺纱、印染等工序连续进行；以针织、织袜等按件生产为主的企业可选离散型"},
      {"C18", "纺织服装、服饰业", "discrete", "裁剪、缝制、整烫按件加工"},
      {"C19", "皮革、毛皮、羽毛及其制品和制鞋业", "discrete",
       "制鞋、皮具按件裁剪缝制；以鞣制为主的制革企业可选流程型"},
      {"C20", "木材加工和木、竹、藤、棕、草制品业", "discrete",
       "木制品按件加工；以人造板连续生产为主的企业可选流程型"},
      {"C21", "家具制造业", "discrete", "零部件加工后装配成品"},
      {"C22", "造纸和纸制品业", "process", "制浆、抄纸连续生产；以纸箱、纸盒等按件加工为主的企业可选离散型"},
      {"C23", "印刷和记录媒介复制业", "discrete", "按订单、按批次加工"},
      {"C24", "文教、工美、体育和娱乐用品制造业", "discrete", "零部件加工后装配成品"},
      {"C25", "石油、煤炭及其他燃料加工业", "process", "炼油、炼焦等连续生产"},
      {"C26", "化学原料和化学制品制造业", "process", "化学反应、分离、提纯等按工艺流程进行"},
      {"C27", "医药制造业", "process", "原料药合成、制剂配制等按工艺流程批次生产"},
      {"C28", "化学纤维制造业", "process", "聚合、纺丝连续生产"},
      {"C29", "橡胶和塑料制品业", "discrete", "注塑、模压等按件成型；以挤出、压延连续生产为主的企业可选流程型"},
      {"C30", "非金属矿物制品业", "process", "水泥、玻璃、陶瓷等以窑炉连续生产为主"},
      {"C31", "黑色金属冶炼和压延加工业", "process", "冶炼、轧制连续生产"},
      {"C32", "有色金属冶炼和压延加工业", "process", "冶炼、压延连续生产"},
      {"C33", "金属制品业", "discrete", "切割、成型、焊接等按件加工"},
      {"C34", "通用设备制造业", "discrete", "零部件加工后装配整机"},
      {"C35", "专用设备制造业", "discrete", "零部件加工后装配整机"},
      {"C36", "汽车制造业", "discrete", "零部件加工后装配整车"},
      {"C37", "铁路、船舶、航空航天和其他运输设备制造业", "discrete", "零部件加工后装配整机"},
      {"C38", "电气机械和器材制造业", "discrete", "零部件加工后装配成品"},
      {"C39", "计算机、通信和其他电子设备制造业", "discrete", "元器件贴装、组装、测试按件进行"},
      {"C40", "仪器仪表制造业", "discrete", "零部件加工后装配成品"},
      {"C41", "其他制造业", "", "请按本企业主要产品的生产方式选择"},
      {"C42", "废弃资源综合利用业", "process", "回收物料经分选、熔炼、再生等工序连续处理"},
      {"C43", "金属制品、机械和设备修理业", "discrete", "按件检修、装配"},
  };
  return table;
}

std::string industry_text(const Industry& industry) {
  return std::string(industry.code) + " " + industry.name;
}

const Industry* find_industry(const std::string& text) {
  for (const auto& industry : industries()) {
    const std::size_t n = std::strlen(industry.code);
    // "C17" alone, or followed by a space or the division's name ("C17纺织业").
    if (text.compare(0, n, industry.code) == 0 &&
        (text.size() == n || !(text[n] >= '0' && text[n] <= '9'))) {
      return &industry;
    }
  }
  return nullptr;
}

}  // namespace sx_app
