package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// TestAccountAndUserRoutesDocumented checks that every account and
// user-management route is in the OpenAPI document with its request,
// answer and error codes.
func TestAccountAndUserRoutesDocumented(t *testing.T) {
	doc, err := json.Marshal(OpenAPI())
	if err != nil {
		t.Fatal(err)
	}
	var parsed struct {
		Paths map[string]map[string]struct {
			OperationID string         `json:"operationId"`
			RequestBody map[string]any `json:"requestBody"`
			Responses   map[string]struct {
				Description string                    `json:"description"`
				Content     map[string]map[string]any `json:"content"`
			} `json:"responses"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(doc, &parsed); err != nil {
		t.Fatal(err)
	}

	for _, r := range append(append([]Route(nil), accountRoutes...), userRoutes...) {
		t.Run(r.ID, func(t *testing.T) {
			op, ok := parsed.Paths["/api/v1"+r.Path][strings.ToLower(r.Method)]
			if !ok || op.OperationID != r.ID {
				t.Fatalf("%s %s missing", r.Method, r.Path)
			}
			if (r.Request != nil) != (op.RequestBody != nil) {
				t.Fatalf("request body documented: %v", op.RequestBody != nil)
			}
			success := op.Responses["200"]
			if r.Response == nil && r.RawResponse == "" {
				success = op.Responses["204"]
			}
			if success.Description == "" {
				t.Fatalf("no success answer: %+v", op.Responses)
			}
			if r.RawResponse != "" && success.Content[r.RawResponse] == nil {
				t.Fatalf("raw answer not typed %s", r.RawResponse)
			}
			if len(r.Errors) == 0 {
				t.Fatal("no error codes listed")
			}
			for _, c := range r.Errors {
				resp := op.Responses[itoa(c.Status())]
				if !strings.Contains(resp.Description, string(c)) {
					t.Fatalf("code %s not under status %d", c, c.Status())
				}
			}
		})
	}
}

// TestAccountCodesHaveStatuses pins the statuses of the codes the account
// and user-management routes added.
func TestAccountCodesHaveStatuses(t *testing.T) {
	for code, status := range map[Code]int{
		CodeOldPasswordWrong:     http.StatusUnprocessableEntity,
		CodeEnrolmentCodeInvalid: http.StatusUnprocessableEntity,
		CodeContactLocked:        http.StatusConflict,
		CodeLastAdministrator:    http.StatusConflict,
		CodeResetLinkInvalid:     http.StatusUnprocessableEntity,
	} {
		if code.Status() != status {
			t.Errorf("%s: status %d, want %d", code, code.Status(), status)
		}
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// node holds a slice of itself, as a post holds its replies.
type node struct {
	Name     string `json:"name"`
	Children []node `json:"children"`
}

// TestOpenAPIRecursiveType checks that a type holding a slice of itself
// becomes a schema that refers to itself, instead of never ending.
func TestOpenAPIRecursiveType(t *testing.T) {
	schemas := map[string]any{}
	got := ref(node{}, schemas)
	if got["$ref"] != "#/components/schemas/node" {
		t.Fatalf("ref: %v", got)
	}
	b, err := json.Marshal(schemas["node"])
	if err != nil || !strings.Contains(string(b), `"items":{"$ref":"#/components/schemas/node"}`) {
		t.Fatalf("schema: %s, %v", b, err)
	}
}
