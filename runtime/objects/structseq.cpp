// Struct sequences (see structseq.h).
#include "runtime/objects/structseq.h"

#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

namespace {

TypeObject StructSeqFieldType;

// The descriptor of one field: reads item `index` of the tuple.
struct FieldObject : Object {
  int64_t index;
};

Ref FieldGet(Value descr, Value instance, Value owner) {
  if (!instance) return Ref::New(descr);
  return Ref::New(TupleItem(instance, static_cast<FieldObject*>(descr.obj())->index));
}

int FieldSet(Value descr, Value instance, Value v) {
  return SetError(AttributeErrorType(), "readonly attribute");
}

Ref StructSeqRepr(Value self) {
  TypeObject* t = self.type();
  std::string out = std::string(t->name) + "(";
  Value names = DictGetCStr(Value::FromObject(t->dict), "_fields");
  for (int64_t i = 0; i < TupleSize(self); ++i) {
    std::string r;
    if (!ReprText(TupleItem(self, i), &r)) return Ref();
    if (i) out += ", ";
    out += std::string(StrView(TupleItem(names, i))) + "=" + r;
  }
  return StrFromUtf8(out + ")");
}

void InitFieldType() {
  static bool done = false;
  if (done) return;
  done = true;
  StructSeqFieldType.name = "structseq_field";
  StructSeqFieldType.descr_get = FieldGet;
  StructSeqFieldType.descr_set = FieldSet;
  InitRuntimeType(&StructSeqFieldType);
}

}  // namespace

TypeObject* NewStructSeqType(const char* qualified_name, std::initializer_list<const char*> fields) {
  InitFieldType();
  auto* t = new TypeObject();  // lives as long as the process, like a builtin type
  t->name = qualified_name;
  t->base = &TupleType;
  t->repr = StructSeqRepr;
  InitRuntimeType(t);
  t->new_ = nullptr;  // not constructible from Python
  Value dict = Value::FromObject(t->dict);
  std::vector<Value> names;
  int64_t i = 0;
  for (const char* f : fields) {
    Object* o = AllocObject(&StructSeqFieldType, sizeof(FieldObject));
    if (o == nullptr) return nullptr;
    static_cast<FieldObject*>(o)->index = i++;
    Ref d = Ref::Steal(o);
    if (DictSetItem(dict, Intern(f), d.get()) < 0) return nullptr;
    names.push_back(Intern(f));
  }
  Ref tuple = TupleFromArray(names.data(), static_cast<int64_t>(names.size()));
  if (!tuple || DictSetCStr(dict, "_fields", tuple.get()) < 0) return nullptr;
  return t;
}

Ref NewStructSeq(TypeObject* type, std::initializer_list<Value> values) {
  Ref r = NewTupleOfType(type, static_cast<int64_t>(values.size()));
  if (!r) return Ref();
  int64_t i = 0;
  for (Value v : values) TupleInit(r.get(), i++, Ref::New(v));
  return r;
}

}  // namespace gilectomy::rt
