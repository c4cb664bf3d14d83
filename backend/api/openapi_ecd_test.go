package api

import "testing"

// TestOpenAPIECDRoutes checks that the ECD routes ask for an ECD key, not
// a session.
func TestOpenAPIECDRoutes(t *testing.T) {
	paths := OpenAPI()["paths"].(map[string]any)
	for path, method := range map[string]string{
		"/api/v1/ecd/appointments":             "get",
		"/api/v1/ecd/patients/{patient}/close": "post",
	} {
		op := paths[path].(map[string]any)[method].(map[string]any)
		sec, _ := op["security"].([]any)
		if len(sec) != 1 || sec[0].(map[string]any)["ecdKey"] == nil {
			t.Errorf("%s %s security %v, want ecdKey", method, path, op["security"])
		}
	}
}
