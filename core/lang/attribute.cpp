// Attribute access: instance dicts, class attributes along the MRO, properties and descriptors,
// bound methods, __getattr__, and the special attributes of builtin objects.
#include "lang/names.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

// Moves an instance's inline slots into a new dict (same order); the instance keeps it.
static DictObj* materialize_slots(InstanceObj* i) {
  DictObj* d = new_dict();
  i->dict = d; // reachable (and the slots still traced) while it fills
  TypeObj* t = i->type;
  for (uint32_t k = 0; k < i->nslots; ++k)
    dict_set(d, V(t->slot_names[k]), i->slots[k]);
  i->slots = nullptr;
  i->nslots = 0;
  return d;
}

// The value of attribute `name` in an instance's own storage (inline slots or dict), Null if
// absent; reading never turns slots into a dict.
static Value own_attr(const Value& obj, StrObj* name) {
  if (obj.is_obj() && obj.o->kind == Kind::Instance) {
    auto* i = static_cast<InstanceObj*>(obj.o);
    if (!i->dict && i->slots) {
      std::vector<StrObj*>& names = i->type->slot_names;
      for (uint32_t k = 0; k < i->nslots; ++k)
        if (names[k] == name || sv(names[k]) == sv(name))
          return i->slots[k];
      return Value();
    }
  }
  DictObj* d = instance_dict(obj, false);
  return d ? dict_get_str(d, name) : Value();
}

DictObj* instance_dict(const Value& obj, bool create) {
  if (!obj.is_obj())
    return nullptr;
  Obj* o = obj.o;
  switch (o->kind) {
  case Kind::Instance:
  case Kind::Exception: {
    auto* i = static_cast<InstanceObj*>(o);
    if (!i->dict && i->slots) // whoever asks for the dict may keep and change it
      return materialize_slots(i);
    if (!i->dict && create)
      i->dict = new_dict();
    return i->dict;
  }
  case Kind::Function: {
    auto* f = static_cast<FuncObj*>(o);
    if (!f->dict && create)
      f->dict = new_dict();
    return f->dict;
  }
  case Kind::Module:
    return static_cast<ModuleObj*>(o)->dict;
  case Kind::Type:
    return static_cast<TypeObj*>(o)->dict;
  default:
    return nullptr;
  }
}

static bool is_builtin_native(const Value& v) {
  return is_kind(v, Kind::Native) && cast<NativeObj>(v)->owner != nullptr;
}

// A user-defined descriptor: an instance whose class defines __get__.
static Value user_descr_get(const Value& attr) {
  if (!attr.is_obj() || attr.o->type->builtin)
    return Value();
  if (attr.o->kind != Kind::Instance)
    return Value();
  return lookup_type(attr.o->type, N().__get__);
}

Value bind(const Value& attr, const Value& self, TypeObj* owner) {
  if (!attr.is_obj())
    return attr;
  switch (attr.o->kind) {
  case Kind::Function:
    return V(new_bound_method(self, attr));
  case Kind::Native:
    if (cast<NativeObj>(attr)->owner)
      return V(new_bound_method(self, attr));
    return attr;
  case Kind::ClassMethod:
    return V(new_bound_method(V(owner), cast<WrapperObj>(attr)->func));
  case Kind::StaticMethod:
    return cast<WrapperObj>(attr)->func;
  case Kind::Property:
    return call1(cast<PropertyObj>(attr)->fget, self);
  default:
    break;
  }
  Value g = user_descr_get(attr);
  if (!g.is_null())
    return call3(g, attr, self, V(owner));
  return attr;
}

static Value type_special(TypeObj* t, StrObj* name) {
  Names& n = N();
  if (name == n.__name__)
    return V(t->name);
  if (name == n.__qualname__)
    return V(t->qualname);
  if (name == n.__module__) {
    Value m = dict_get_str(t->dict, name);
    return m.is_null() ? V(t->module) : m;
  }
  if (name == n.__mro__) {
    std::vector<Value> v;
    for (auto* c : t->mro)
      v.push_back(V(c));
    if (t->mro.back() != T().object)
      v.push_back(V(T().object));
    return V(new_tuple(std::move(v)));
  }
  if (name == n.__bases__) {
    std::vector<Value> v;
    if (t->base)
      v.push_back(V(t->base));
    return V(new_tuple(std::move(v)));
  }
  if (name == n.__base__)
    return t->base ? V(t->base) : None();
  if (name == n.__dict__)
    return V(dict_copy(t->dict));
  if (name == n.__doc__) {
    Value d = dict_get_str(t->dict, name);
    return d.is_null() ? None() : d;
  }
  if (name == n.__class__)
    return V(T().type);
  return Value();
}

static Value type_getattr(TypeObj* cls, StrObj* name) {
  Value special = type_special(cls, name);
  if (!special.is_null() && name != N().__doc__ && name != N().__module__)
    return special;
  Value v = lookup_type(cls, name);
  if (!v.is_null()) {
    if (is_kind(v, Kind::ClassMethod))
      return V(new_bound_method(V(cls), cast<WrapperObj>(v)->func));
    if (is_kind(v, Kind::StaticMethod))
      return cast<WrapperObj>(v)->func;
    Value g = user_descr_get(v);
    if (!g.is_null())
      return call3(g, v, None(), V(cls));
    return v;
  }
  if (!special.is_null())
    return special;
  // attributes of the metaclass (type.mro, ...)
  Value m = lookup_type(T().type, name);
  if (!m.is_null())
    return bind(m, V(cls), T().type);
  return Value();
}

static Value super_getattr(SuperObj* s, StrObj* name) {
  TypeObj* t = s->self_type;
  bool after = false;
  for (TypeObj* c : t->mro) {
    if (after) {
      Value v = dict_get_str(c->dict, name);
      if (!v.is_null()) {
        if (is_kind(v, Kind::ClassMethod))
          return V(new_bound_method(V(s->self_type), cast<WrapperObj>(v)->func));
        if (s->self.is_null() || is_type(s->self)) {
          if (is_kind(v, Kind::StaticMethod))
            return cast<WrapperObj>(v)->func;
          if (is_type(s->self) && (is_kind(v, Kind::Function) || is_builtin_native(v)))
            return v;
        }
        return bind(v, s->self, s->self_type);
      }
    }
    if (c == s->start)
      after = true;
  }
  if (name == N().__class__)
    return V(T().super);
  return Value();
}

Value getattr_opt(const Value& obj, StrObj* name) {
  TypeObj* t = type_of(obj);
  if (obj.is_obj()) {
    switch (obj.o->kind) {
    case Kind::Type:
      return type_getattr(cast<TypeObj>(obj), name);
    case Kind::Module: {
      Value v = dict_get_str(cast<ModuleObj>(obj)->dict, name);
      if (!v.is_null())
        return v;
      if (name == N().__dict__)
        return V(cast<ModuleObj>(obj)->dict);
      Value ga = dict_get_str(cast<ModuleObj>(obj)->dict, N().__getattr__);
      if (!ga.is_null())
        return call1(ga, V(name));
      return Value();
    }
    case Kind::Super:
      return super_getattr(cast<SuperObj>(obj), name);
    default:
      break;
    }
  }
  Value attr = lookup_type(t, name);
  if (!attr.is_null() && attr.is_obj()) {
    if (attr.o->kind == Kind::Property) {
      Value g = cast<PropertyObj>(attr)->fget;
      if (g.is_null() || g.is_none())
        raisef(T().AttributeError, "property '%s' of '%s' object has no getter", name->data(),
               t->name->data());
      return call1(g, obj);
    }
    if (!t->builtin && attr.o->kind == Kind::Instance && !attr.o->type->builtin) {
      // data descriptors (with __set__) take precedence over the instance dict
      if (!lookup_type(attr.o->type, N().__set__).is_null()) {
        Value g = lookup_type(attr.o->type, N().__get__);
        if (!g.is_null())
          return call3(g, attr, obj, V(t));
      }
    }
  }
  {
    Value v = own_attr(obj, name);
    if (!v.is_null())
      return v;
  }
  if (!attr.is_null())
    return bind(attr, obj, t);
  Names& n = N();
  if (name == n.__class__)
    return V(t);
  if (name == n.__dict__) {
    DictObj* dd = instance_dict(obj, true);
    if (dd)
      return V(dd);
  }
  if (obj.is_obj() && obj.o->kind == Kind::Function) {
    auto* f = cast<FuncObj>(obj);
    if (name == n.__name__)
      return V(f->name);
    if (name == n.__qualname__)
      return V(f->qualname);
    if (name == n.__doc__)
      return f->doc.is_null() ? None() : f->doc;
    if (name == n.__module__)
      return f->module.is_null() ? V(intern("__main__")) : f->module;
    if (name == intern("__defaults__"))
      return f->defaults ? V(f->defaults) : None();
    if (name == intern("__kwdefaults__"))
      return f->kwdefaults ? V(f->kwdefaults) : None();
    if (name == intern("__code__"))
      return V(f->code);
    if (name == intern("__closure__"))
      return f->closure ? V(f->closure) : None();
    if (name == intern("__globals__"))
      return V(f->globals);
    if (name == n.__annotations__)
      return V(new_dict());
  }
  if (obj.is_obj() && obj.o->kind == Kind::Code) {
    auto* c = cast<CodeObj>(obj);
    if (name == intern("co_name"))
      return V(c->name);
    if (name == intern("co_filename"))
      return V(c->filename);
    if (name == intern("co_firstlineno"))
      return Int(c->firstline);
    if (name == intern("co_argcount"))
      return Int(c->argcount);
    if (name == intern("co_varnames")) {
      std::vector<Value> v;
      for (auto* s : c->varnames)
        v.push_back(V(s));
      return V(new_tuple(std::move(v)));
    }
  }
  if (!t->builtin) {
    Value ga = lookup_type(t, n.__getattr__);
    if (!ga.is_null()) {
      try {
        return call2(ga, obj, V(name));
      } catch (PyError& e) {
        if (exc_matches(e.exc, T().AttributeError))
          return Value();
        throw;
      }
    }
  }
  return Value();
}

Value getattr(const Value& obj, StrObj* name) {
  Value v = getattr_opt(obj, name);
  if (v.is_null()) {
    if (!type_of(obj)->builtin && obj.is_obj() && obj.o->kind != Kind::Type) {
      Value ga = lookup_type(type_of(obj), N().__getattr__);
      if (!ga.is_null())
        return call2(ga, obj, V(name)); // let its AttributeError through
    }
    attribute_error(obj, name);
  }
  return v;
}

Value get_method(const Value& obj, StrObj* name, Value* self_out) {
  if (obj.is_obj() && (obj.o->kind == Kind::Instance ||
                       (obj.o->type->builtin && obj.o->kind != Kind::Type &&
                        obj.o->kind != Kind::Module && obj.o->kind != Kind::Super))) {
    TypeObj* t = obj.o->type;
    Value attr = lookup_type(t, name);
    if (attr.is_obj() && (attr.o->kind == Kind::Function ||
                          (attr.o->kind == Kind::Native && cast<NativeObj>(attr)->owner))) {
      if (own_attr(obj, name).is_null()) {
        *self_out = obj;
        return attr;
      }
    }
  } else if (!obj.is_obj()) {
    Value attr = lookup_type(type_of(obj), name);
    if (attr.is_obj() && attr.o->kind == Kind::Native && cast<NativeObj>(attr)->owner) {
      *self_out = obj;
      return attr;
    }
  }
  *self_out = Value();
  return getattr(obj, name);
}

void setattr(const Value& obj, StrObj* name, const Value& val) {
  TypeObj* t = type_of(obj);
  if (obj.is_obj()) {
    Obj* o = obj.o;
    switch (o->kind) {
    case Kind::Type: {
      auto* cls = static_cast<TypeObj*>(o);
      if (cls->builtin)
        type_errorf("cannot set '%s' attribute of immutable type '%s'", name->data(),
                    cls->name->data());
      if (name == N().__name__ && is_str(val)) {
        cls->name = intern(sv(val));
        return;
      }
      if (name == N().__qualname__ && is_str(val)) {
        cls->qualname = intern(sv(val));
        return;
      }
      dict_set(cls->dict, V(name), val);
      ++cls->version;
      ++vm().type_epoch; // inline caches keyed on classes
      return;
    }
    case Kind::Module:
      dict_set(static_cast<ModuleObj*>(o)->dict, V(name), val);
      return;
    case Kind::Function: {
      auto* f = static_cast<FuncObj*>(o);
      if (name == N().__name__ && is_str(val)) {
        f->name = cast<StrObj>(val);
        return;
      }
      if (name == N().__qualname__ && is_str(val)) {
        f->qualname = cast<StrObj>(val);
        return;
      }
      if (name == N().__doc__) {
        f->doc = val;
        return;
      }
      if (name == N().__module__) {
        f->module = val;
        return;
      }
      dict_set(instance_dict(obj, true), V(name), val);
      return;
    }
    default:
      break;
    }
  }
  Value attr = lookup_type(t, name);
  if (attr.is_obj()) {
    if (attr.o->kind == Kind::Property) {
      Value s = cast<PropertyObj>(attr)->fset;
      if (s.is_null() || s.is_none())
        raisef(T().AttributeError, "property '%s' of '%s' object has no setter", name->data(),
               t->name->data());
      call2(s, obj, val);
      return;
    }
    if (attr.o->kind == Kind::Instance && !attr.o->type->builtin) {
      Value s = lookup_type(attr.o->type, N().__set__);
      if (!s.is_null()) {
        call3(s, attr, obj, val);
        return;
      }
    }
  }
  if (!t->builtin) {
    Value sa = lookup_type(t, N().__setattr__);
    if (!sa.is_null() && !is_builtin_native(sa)) {
      call3(sa, obj, V(name), val);
      return;
    }
  }
  DictObj* d = instance_dict(obj, true);
  if (!d || (obj.is_obj() && obj.o->type == T().object)) {
    if (attr.is_null())
      raisef(T().AttributeError, "'%s' object has no attribute '%s'", t->name->data(),
             name->data());
    raisef(T().AttributeError, "'%s' object attribute '%s' is read-only", t->name->data(),
           name->data());
  }
  dict_set(d, V(name), val);
}

void delattr(const Value& obj, StrObj* name) {
  TypeObj* t = type_of(obj);
  Value attr = lookup_type(t, name);
  if (is_kind(attr, Kind::Property)) {
    Value dl = cast<PropertyObj>(attr)->fdel;
    if (dl.is_null() || dl.is_none())
      raisef(T().AttributeError, "property '%s' of '%s' object has no deleter", name->data(),
             t->name->data());
    call1(dl, obj);
    return;
  }
  if (!t->builtin) {
    Value da = lookup_type(t, N().__delattr__);
    if (!da.is_null() && !is_builtin_native(da)) {
      call2(da, obj, V(name));
      return;
    }
  }
  DictObj* d = instance_dict(obj, false);
  if (!d || !dict_del(d, V(name))) {
    if (is_type(obj))
      attribute_error(obj, name);
    raise(T().AttributeError,
          is_kind(obj, Kind::Module)
              ? strf("module '%s' has no attribute '%s'", cast<ModuleObj>(obj)->name->data(),
                     name->data())
              : strf("'%s' object has no attribute '%s'", t->name->data(), name->data()));
  }
  if (is_type(obj)) {
    ++cast<TypeObj>(obj)->version;
    ++vm().type_epoch;
  }
}

} // namespace tulip::lang
