// The snapshot's bytes: each struct's members in declaration order, strings and lists with their
// length first, integers as zigzag varints, doubles as their 8 bytes. Each struct's members are
// named once, in a structured binding, so a member added to standard.hpp and not here does not
// compile.
#include "sx/standard_snapshot.hpp"

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <type_traits>

namespace sx {

namespace {

constexpr std::string_view kMagic = "sx-standard-snapshot-1";

template <typename A> void fields(A& a, Option& x) {
  auto& [key, label, label_en, points] = x;
  a(key, label, label_en, points);
}
template <typename A> void fields(A& a, Band& x) {
  auto& [min, max, points, label] = x;
  a(min, max, points, label);
}
template <typename A> void fields(A& a, ForcedChoice& x) {
  auto& [option, when_figure, below_figure] = x;
  a(option, when_figure, below_figure);
}
template <typename A> void fields(A& a, Item& x) {
  auto& [id, title, title_en, text, text_en, published, evidence, hint, remark, max, kind, points, options,
         count_points, provisional_below, metric, bands, requires_items, shared, forced, reading] = x;
  a(id, title, title_en, text, text_en, published, evidence, hint, remark, max, kind, points, options,
    count_points, provisional_below, metric, bands, requires_items, shared, forced, reading);
}
template <typename A> void fields(A& a, Section& x) {
  auto& [id, title, title_en, max, items] = x;
  a(id, title, title_en, max, items);
}
template <typename A> void fields(A& a, Table& x) {
  auto& [type, label, number, title, title_en, note, sections] = x;
  a(type, label, number, title, title_en, note, sections);
}
template <typename A> void fields(A& a, MetricDef& x) {
  auto& [key, label, label_en, unit, min, max] = x;
  a(key, label, label_en, unit, min, max);
}
template <typename A> void fields(A& a, FactDef& x) {
  auto& [key, label, label_en, is_set, options, when_true, when_false, question] = x;
  a(key, label, label_en, is_set, options, when_true, when_false, question);
}
template <typename A> void fields(A& a, FigureDef& x) {
  auto& [key, label, label_en, unit, integer, max, hint] = x;
  a(key, label, label_en, unit, integer, max, hint);
}
template <typename A> void fields(A& a, Derivation& x) {
  auto& [metric, kind, from] = x;
  a(metric, kind, from[0], from[1]);
}
template <typename A> void fields(A& a, Field& x) {
  auto& [key, label, label_en, kind, hint] = x;
  a(key, label, label_en, kind, hint);
}
template <typename A> void fields(A& a, Industry& x) {
  auto& [code, name, type, reason] = x;
  a(code, name, type, reason);
}
template <typename A> void fields(A& a, Category& x) {
  auto& [id, title, title_en, article, rank] = x;
  a(id, title, title_en, article, rank);
}
template <typename A> void fields(A& a, Condition& x) {
  auto& [id, category, article, title, title_en, text, evidence, kind, facts, metric, min] = x;
  a(id, category, article, title, title_en, text, evidence, kind, facts, metric, min);
}
template <typename A> void fields(A& a, Mode& x) {
  auto& [key, title, title_en, elements, closing] = x;
  a(key, title, title_en, elements, closing);
}
template <typename A> void fields(A& a, Rating& x) {
  auto& [key, label, label_en, counts_as] = x;
  a(key, label, label_en, counts_as);
}
template <typename A> void fields(A& a, ReviewFlag& x) {
  auto& [code, label, label_en, article, rule, details, questions_verdicts] = x;
  a(code, label, label_en, article, rule, details, questions_verdicts);
}
template <typename A> void fields(A& a, ReviewRules::SummaryField& x) {
  auto& [part, key, number] = x;
  a(part, key, number);
}
template <typename A> void fields(A& a, ReviewRules& x) {
  auto& [division_prefix, division_label, division_article, division_fact, division_names,
         revocation_window_years, other_category_fact, flags, summary_fields] = x;
  a(division_prefix, division_label, division_article, division_fact, division_names, revocation_window_years,
    other_category_fact, flags, summary_fields);
}
template <typename A> void fields(A& a, QuickQuestion& x) {
  auto& [fact, metric, question, hint] = x;
  a(fact, metric, question, hint);
}
template <typename A> void fields(A& a, Standard& x) {
  // measures_parsed is a cache of measures_text, not data.
  auto& [id, title, document, issued, tables, metrics, facts, figures, derivations, enterprise_fields,
         project_fields, districts, industries, ratings, common, categories, conditions, modes, modes_rule,
         measures_title, measures_text, measures_parsed, review, quick_check] = x;
  (void)measures_parsed;
  a(id, title, document, issued, tables, metrics, facts, figures, derivations, enterprise_fields, project_fields,
    districts, industries, ratings, common, categories, conditions, modes, modes_rule, measures_title,
    measures_text, review, quick_check);
}

template <typename T, typename = void> struct HasFields : std::false_type {};
template <typename T>
struct HasFields<T, std::void_t<decltype(fields(std::declval<int&>(), std::declval<T&>()))>> : std::true_type {};

class Writer {
 public:
  std::string out;

  template <typename... T> void operator()(T&... values) { (put(values), ...); }

 private:
  void count(std::uint64_t n) {
    while (n >= 0x80) {
      out.push_back(static_cast<char>((n & 0x7F) | 0x80));
      n >>= 7;
    }
    out.push_back(static_cast<char>(n));
  }
  void put(const std::string& s) {
    count(s.size());
    out += s;
  }
  void put(bool b) { out.push_back(b ? 1 : 0); }
  void put(int v) {
    const auto u = static_cast<std::uint32_t>(v);
    count((u << 1) ^ static_cast<std::uint32_t>(v < 0 ? -1 : 0));
  }
  void put(double d) {
    char bytes[sizeof d];
    std::memcpy(bytes, &d, sizeof d);
    out.append(bytes, sizeof d);
  }
  template <typename E, std::enable_if_t<std::is_enum_v<E>, int> = 0> void put(E e) { put(static_cast<int>(e)); }
  template <typename T> void put(std::optional<T>& o) {
    put(o.has_value());
    if (o) put(*o);
  }
  template <typename T> void put(std::vector<T>& list) {
    count(list.size());
    for (auto& e : list) put(e);
  }
  template <typename K, typename V> void put(std::pair<K, V>& p) {
    put(p.first);
    put(p.second);
  }
  template <typename K, typename V, typename C> void put(std::map<K, V, C>& m) {
    count(m.size());
    for (auto& [k, v] : m) {
      std::string key = k;
      put(key);
      put(v);
    }
  }
  template <typename S, std::enable_if_t<HasFields<S>::value, int> = 0> void put(S& s) { fields(*this, s); }
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  std::size_t at() const { return at_; }
  bool done() const { return at_ == bytes_.size(); }
  std::string_view take(std::size_t n) {
    if (n > bytes_.size() - at_) throw std::runtime_error("ends early");
    const std::string_view part = bytes_.substr(at_, n);
    at_ += n;
    return part;
  }

  template <typename... T> void operator()(T&... values) { (get(values), ...); }

 private:
  std::uint64_t count() {
    std::uint64_t n = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const auto byte = static_cast<unsigned char>(take(1)[0]);
      n |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if (byte < 0x80) return n;
    }
    throw std::runtime_error("a length runs on");
  }
  // A list's length, checked against what is left: every element takes at least a byte.
  std::size_t length() {
    const std::uint64_t n = count();
    if (n > bytes_.size() - at_) throw std::runtime_error("a length passes the end");
    return static_cast<std::size_t>(n);
  }
  void get(std::string& s) { s = std::string(take(length())); }
  void get(bool& b) {
    const char c = take(1)[0];
    if (c != 0 && c != 1) throw std::runtime_error("a flag is neither 0 nor 1");
    b = c == 1;
  }
  void get(int& v) {
    const std::uint64_t u = count();
    if (u > 0xFFFFFFFFu) throw std::runtime_error("a number is out of range");
    const auto z = static_cast<std::uint32_t>(u);
    v = static_cast<int>((z >> 1) ^ (~(z & 1) + 1));
  }
  void get(double& d) { std::memcpy(&d, take(sizeof d).data(), sizeof d); }
  template <typename E, std::enable_if_t<std::is_enum_v<E>, int> = 0> void get(E& e) {
    int v = 0;
    get(v);
    e = static_cast<E>(v);
  }
  template <typename T> void get(std::optional<T>& o) {
    bool present = false;
    get(present);
    o.reset();
    if (present) get(o.emplace());
  }
  template <typename T> void get(std::vector<T>& list) {
    list.clear();
    list.resize(length());
    for (auto& e : list) get(e);
  }
  template <typename K, typename V> void get(std::pair<K, V>& p) {
    get(p.first);
    get(p.second);
  }
  template <typename K, typename V, typename C> void get(std::map<K, V, C>& m) {
    m.clear();
    for (std::size_t n = length(); n > 0; --n) {
      std::string key;
      get(key);
      get(m[key]);
    }
  }
  template <typename S, std::enable_if_t<HasFields<S>::value, int> = 0> void get(S& s) { fields(*this, s); }

  std::string_view bytes_;
  std::size_t at_ = 0;
};

}  // namespace

std::string write_snapshot(const Standard& standard) {
  Writer writer;
  writer.out = std::string(kMagic);
  Standard copy = standard;  // the writer visits members as the reader does, through non-const references
  fields(writer, copy);
  return writer.out;
}

std::optional<Standard> read_snapshot(std::string_view bytes, std::string& error) {
  Reader reader(bytes);
  try {
    if (reader.take(kMagic.size()) != kMagic) throw std::runtime_error("is not a standard snapshot of this build");
    Standard standard;
    fields(reader, standard);
    if (!reader.done()) throw std::runtime_error("has bytes after the standard");
    return standard;
  } catch (const std::exception& e) {
    error = std::string("snapshot ") + e.what() + " (byte " + std::to_string(reader.at()) + " of " +
            std::to_string(bytes.size()) + ")";
    return std::nullopt;
  }
}

}  // namespace sx
