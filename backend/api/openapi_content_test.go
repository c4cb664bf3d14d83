package api

import "testing"

// TestOpenAPIContentSchemas checks two shapes of the content types: a
// post holding a list of posts ends in a reference instead of recursing,
// and an embedded struct is flattened as encoding/json does.
func TestOpenAPIContentSchemas(t *testing.T) {
	schemas := OpenAPI()["components"].(map[string]any)["schemas"].(map[string]any)

	post := schemas["Post"].(map[string]any)["properties"].(map[string]any)
	items := post["replies"].(map[string]any)["items"].(map[string]any)
	if items["$ref"] != "#/components/schemas/Post" {
		t.Fatalf("replies must refer to Post: %v", items)
	}

	doc := schemas["Document"].(map[string]any)["properties"].(map[string]any)
	for _, name := range []string{"id", "title", "content"} {
		if doc[name] == nil {
			t.Errorf("Document lacks %s: %v", name, doc)
		}
	}
	if doc["DocumentSummary"] != nil {
		t.Errorf("an embedded struct must be flattened: %v", doc)
	}
}
