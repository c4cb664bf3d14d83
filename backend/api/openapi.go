package api

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

// OpenAPI builds the OpenAPI 3.1 document of Routes.
func OpenAPI() map[string]any {
	schemas := map[string]any{"Error": schemaOf(reflect.TypeOf(Error{}), nil)}
	paths := map[string]any{}
	for _, r := range Routes {
		item, _ := paths["/api/v1"+r.Path].(map[string]any)
		if item == nil {
			item = map[string]any{}
			paths["/api/v1"+r.Path] = item
		}
		item[strings.ToLower(r.Method)] = operation(r, schemas)
	}
	return map[string]any{
		"openapi": "3.1.0",
		"info": map[string]any{
			"title":   "Kring portal API",
			"version": "1",
			"description": "The API of the Kring client portal. Errors are JSON " +
				"objects with a stable code; see the Error schema.",
		},
		"paths": paths,
		"components": map[string]any{
			"schemas": schemas,
			"securitySchemes": map[string]any{
				"session": map[string]any{"type": "http", "scheme": "bearer"},
				"ecdKey": map[string]any{"type": "http", "scheme": "bearer",
					"description": "key of an ECD system, made with kring-server ecd-key"},
			},
		},
	}
}

var pathParam = regexp.MustCompile(`\{(\w+)\}`)

func operation(r Route, schemas map[string]any) map[string]any {
	op := map[string]any{"operationId": r.ID, "summary": r.Summary}
	var params []any
	for _, m := range pathParam.FindAllStringSubmatch(r.Path, -1) {
		params = append(params, map[string]any{"name": m[1], "in": "path", "required": true,
			"schema": map[string]any{"type": "string"}})
	}
	for name, desc := range r.Query {
		params = append(params, map[string]any{"name": name, "in": "query",
			"description": desc, "schema": map[string]any{"type": "string"}})
	}
	if r.Idempotent {
		params = append(params, map[string]any{"name": "Idempotency-Key", "in": "header",
			"description": "client-made key; a repeated key returns the first answer",
			"schema":      map[string]any{"type": "string"}})
	}
	if params != nil {
		op["parameters"] = params
	}
	if r.Auth {
		op["security"] = []any{map[string]any{"session": []any{}}}
	}
	if r.KeyAuth {
		op["security"] = []any{map[string]any{"ecdKey": []any{}}}
	}
	if r.Request != nil {
		op["requestBody"] = map[string]any{"required": true, "content": map[string]any{
			"application/json": map[string]any{"schema": ref(r.Request, schemas)}}}
	}
	op["responses"] = responses(r, schemas)
	return op
}

func responses(r Route, schemas map[string]any) map[string]any {
	out := map[string]any{}
	if r.RawResponse != "" {
		out["200"] = map[string]any{"description": "success", "content": map[string]any{
			r.RawResponse: map[string]any{"schema": map[string]any{"type": "string", "format": "binary"}}}}
	} else if r.Response != nil {
		out["200"] = map[string]any{"description": "success", "content": map[string]any{
			"application/json": map[string]any{"schema": ref(r.Response, schemas)}}}
	} else {
		out["204"] = map[string]any{"description": "success, no content"}
	}
	byStatus := map[int][]string{}
	for _, c := range r.Errors {
		byStatus[c.Status()] = append(byStatus[c.Status()], string(c))
	}
	for status, codes := range byStatus {
		out[strconv.Itoa(status)] = map[string]any{
			"description": "error; code is one of: " + strings.Join(codes, ", "),
			"content": map[string]any{"application/json": map[string]any{
				"schema": map[string]any{"$ref": "#/components/schemas/Error"}}},
		}
	}
	return out
}

// ref registers the schema of v's type and returns a reference to it.
func ref(v any, schemas map[string]any) map[string]any {
	t := reflect.TypeOf(v)
	if t.Kind() == reflect.Slice {
		return map[string]any{"type": "array", "items": ref(reflect.Zero(t.Elem()).Interface(), schemas)}
	}
	if _, ok := schemas[t.Name()]; !ok {
		schemas[t.Name()] = nil
		if t.Kind() == reflect.Struct {
			schemas[t.Name()] = structSchema(t, schemas)
		} else {
			schemas[t.Name()] = schemaOf(t, schemas)
		}
	}
	return map[string]any{"$ref": "#/components/schemas/" + t.Name()}
}

// schemaOf describes a Go type as JSON Schema, following json tags.
func schemaOf(t reflect.Type, schemas map[string]any) map[string]any {
	switch t.Kind() {
	case reflect.Pointer:
		return schemaOf(t.Elem(), schemas)
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int64, reflect.Int32:
		return map[string]any{"type": "integer"}
	case reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return map[string]any{"type": "string", "contentEncoding": "base64"}
		}
		if e := t.Elem(); e.Kind() == reflect.Struct && e.Name() != "" && schemas != nil {
			// A reference, so that a type holding a list of itself ends.
			return map[string]any{"type": "array", "items": ref(reflect.Zero(e).Interface(), schemas)}
		}
		return map[string]any{"type": "array", "items": schemaOf(t.Elem(), schemas)}
	case reflect.Map:
		return map[string]any{"type": "object", "additionalProperties": schemaOf(t.Elem(), schemas)}
	case reflect.Struct:
		// A named struct is referenced, never inlined, so that a type
		// holding a slice of itself (a post and its replies) ends.
		if schemas != nil && t.Name() != "" {
			return ref(reflect.Zero(t).Interface(), schemas)
		}
		return structSchema(t, schemas)
	default:
		return map[string]any{}
	}
}

func structSchema(t reflect.Type, schemas map[string]any) map[string]any {
	props := map[string]any{}
	required := addFields(t, schemas, props)
	s := map[string]any{"type": "object", "properties": props}
	if required != nil {
		s["required"] = required
	}
	return s
}

// addFields describes t's fields into props and returns the required
// names. An embedded struct without a json name is flattened, as
// encoding/json does.
func addFields(t reflect.Type, schemas map[string]any, props map[string]any) []string {
	var required []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			required = append(required, addFields(f.Type, schemas, props)...)
			continue
		}
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		ft := f.Type
		if ft.Kind() == reflect.Struct && ft.Name() != "" && schemas != nil {
			props[name] = ref(reflect.Zero(ft).Interface(), schemas)
		} else {
			props[name] = schemaOf(ft, schemas)
		}
		if !strings.Contains(opts, "omitempty") && ft.Kind() != reflect.Pointer {
			required = append(required, name)
		}
	}
	return required
}
