package server

import (
	"errors"
	"io"
	"mime"
	"net/http"

	"kring/backend/api"
	"kring/backend/portal"
)

// uploadLimit bounds the body of a photo upload: the photo's 15 MiB and
// room for the form around it. Only the routes in uploadRoutes get it;
// every other body keeps maxBody.
const uploadLimit = portal.MaxPhotoBytes + 1<<20

// uploadRoutes are the routes that take a photo.
var uploadRoutes = map[string]bool{"createPost": true, "putMyPhoto": true}

// bodyLimit is the largest body a route accepts.
func bodyLimit(rt api.Route) int64 {
	if uploadRoutes[rt.ID] {
		return uploadLimit
	}
	return maxBody
}

// maxFormField bounds a text field of an upload form.
const maxFormField = 64 << 10

// upload is a multipart form with text fields and at most one photo.
type upload struct {
	fields map[string]string
	photo  []byte
}

// isMultipart reports whether the request carries a multipart form.
func isMultipart(r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && mt == "multipart/form-data"
}

// readUpload reads a multipart form part by part, keeping the photo in
// memory and refusing one over the photo limit with payload_too_large.
func readUpload(r *http.Request) (upload, error) {
	mr, err := r.MultipartReader()
	if err != nil {
		return upload{}, api.Errorf(api.CodeValidation, "the body must be multipart/form-data")
	}
	up := upload{fields: map[string]string{}}
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return up, nil
		}
		if err != nil {
			return upload{}, bodyError(err)
		}
		if err := up.read(part.FormName(), part); err != nil {
			return upload{}, err
		}
	}
}

func (up *upload) read(name string, part io.Reader) error {
	limit := int64(maxFormField)
	if name == "photo" {
		limit = portal.MaxPhotoBytes
	}
	data, err := io.ReadAll(io.LimitReader(part, limit+1))
	if err != nil {
		return bodyError(err)
	}
	if int64(len(data)) > limit {
		if name == "photo" {
			return api.Errorf(api.CodePayloadTooLarge, "a photo may be 15 MiB at most")
		}
		return api.Errorf(api.CodeTooLong, name+" is too long")
	}
	if name == "photo" {
		up.photo = data
	} else {
		up.fields[name] = string(data)
	}
	return nil
}

// bodyError maps a failed read of the body to its code.
func bodyError(err error) error {
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return api.Errorf(api.CodePayloadTooLarge, "request body too large")
	}
	return api.Errorf(api.CodeValidation, "the form cannot be read")
}

// writeImage answers raw image bytes with their sniffed type. Photos never
// change under their id, so the device may keep them.
func writeImage(w http.ResponseWriter, data []byte) error {
	w.Header().Set("Content-Type", http.DetectContentType(data))
	w.Header().Set("Cache-Control", "private, max-age=86400")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	_, err := w.Write(data)
	return err
}
