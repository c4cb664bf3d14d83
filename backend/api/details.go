package api

// ClientDetails are the client's general contact details as held in the
// care dossier (DETAILS-1).
type ClientDetails struct {
	ClientID   string `json:"clientId"`
	Name       string `json:"name"`
	GivenName  string `json:"givenName"`
	FamilyName string `json:"familyName"`
	BirthDate  string `json:"birthDate"`
	Address    string `json:"address"`
	Phone      string `json:"phone"`
	Email      string `json:"email"`
	HasPhoto   bool   `json:"hasPhoto"`
}

// CareTeamMember is one staff member involved in the client's care
// (DETAILS-2).
type CareTeamMember struct {
	ID       string `json:"id"`
	ClientID string `json:"clientId"`
	Name     string `json:"name"`
	Role     string `json:"role"`
	Phone    string `json:"phone"`
	Email    string `json:"email"`
}

// CareTeam lists the client's care team by name.
type CareTeam struct {
	Members []CareTeamMember `json:"members"`
}

// Photo describes a photo on a post. The image is at
// /clients/{client}/photos/{id} and a thumbnail of at most 480 pixels at
// /clients/{client}/photos/{id}/thumbnail. One post read on its own (and
// so the sync feed) carries the thumbnail itself, so that photos travel
// as thumbnails and full images are fetched on demand.
type Photo struct {
	ID        string `json:"id"`
	Width     int    `json:"width"`
	Height    int    `json:"height"`
	Thumbnail []byte `json:"thumbnail,omitempty"`
}

// Post is a bulletin board post or, with ParentID set, a reply to one
// (DETAILS-3). In a list, a post carries its replies, oldest first.
type Post struct {
	ID         string `json:"id"`
	ClientID   string `json:"clientId"`
	ParentID   string `json:"parentId,omitempty"`
	AuthorID   string `json:"authorId"`
	AuthorName string `json:"authorName"`
	Text       string `json:"text"`
	Photo      *Photo `json:"photo,omitempty"`
	CreatedAt  string `json:"createdAt"`
	Replies    []Post `json:"replies,omitempty"`
}

// PostList is the board, newest post first.
type PostList struct {
	Posts []Post `json:"posts"`
}

// PostInput adds a post or a reply. Sent as JSON it carries no photo; sent
// as multipart/form-data it has the fields "text" and "parentId" and may
// carry a JPEG or PNG file in the part "photo" (DETAILS-4).
type PostInput struct {
	Text     string `json:"text"`
	ParentID string `json:"parentId,omitempty"`
}

var detailsErrors = []Code{CodeUnauthorized, CodeNotFound, CodeForbidden}

// PhotoErrors are the refusals of an uploaded photo: over 15 MiB, not a
// JPEG or PNG (HEIC included), or more pixels than the server decodes.
var PhotoErrors = []Code{CodePayloadTooLarge, CodeImageUnsupported, CodeImageTooLarge,
	CodeValidation}

// detailsRoutes are the endpoints of Mijn Gegevens, the bulletin board
// with its photos, and one's own profile photo.
var detailsRoutes = []Route{
	{ID: "getClientDetails", Method: "GET", Path: "/clients/{client}/details",
		Summary: "The client's contact details from the care dossier", Auth: true,
		Section: SectionDetails, Response: ClientDetails{}, Errors: detailsErrors},
	{ID: "getCareTeam", Method: "GET", Path: "/clients/{client}/careteam",
		Summary: "The staff involved in the client's care", Auth: true,
		Section: SectionDetails, Response: CareTeam{}, Errors: detailsErrors},
	{ID: "getCareTeamMember", Method: "GET", Path: "/clients/{client}/careteam/{id}",
		Summary: "One member of the care team", Auth: true, Section: SectionDetails,
		Response: CareTeamMember{}, Errors: detailsErrors},
	{ID: "listPosts", Method: "GET", Path: "/clients/{client}/posts",
		Summary: "The bulletin board, newest post first, each with its replies", Auth: true,
		Section: SectionDetails, Response: PostList{}, Errors: detailsErrors},
	{ID: "getPost", Method: "GET", Path: "/clients/{client}/posts/{id}",
		Summary: "One post or reply, without replies, its photo's thumbnail inline", Auth: true, Section: SectionDetails,
		Response: Post{}, Errors: detailsErrors},
	{ID: "createPost", Method: "POST", Path: "/clients/{client}/posts",
		Summary: "Add a post or a reply: JSON, or multipart/form-data with text, parentId " +
			"and a photo (JPEG or PNG up to 15 MiB; HEIC is refused; a photo needs text)",
		Auth: true, Section: SectionDetails, Request: PostInput{}, Response: Post{},
		Idempotent: true, Errors: append([]Code{CodePortalClosed, CodeTextRequired, CodeTooLong,
			CodePhotoNeedsText}, append(PhotoErrors, detailsErrors...)...)},
	{ID: "deletePost", Method: "DELETE", Path: "/clients/{client}/posts/{id}",
		Summary: "Delete one's own post or reply; the portal administrator may remove any",
		Auth:    true, Section: SectionDetails, Idempotent: true,
		Errors: append([]Code{CodePortalClosed, CodeNotAuthor}, detailsErrors...)},
	{ID: "getPhoto", Method: "GET", Path: "/clients/{client}/photos/{id}",
		Summary: "A board photo, at most 2560 pixels on its longest side", Auth: true,
		Section: SectionDetails, RawResponse: "image/*", Errors: detailsErrors},
	{ID: "getPhotoThumbnail", Method: "GET", Path: "/clients/{client}/photos/{id}/thumbnail",
		Summary: "A board photo's thumbnail, at most 480 pixels", Auth: true,
		Section: SectionDetails, RawResponse: "image/*", Errors: detailsErrors},
	{ID: "putMyPhoto", Method: "PUT", Path: "/me/photo",
		Summary: "Set one's own profile photo: multipart/form-data with the part \"photo\" " +
			"(JPEG or PNG up to 15 MiB; HEIC is refused)", Auth: true, Idempotent: true,
		Errors: append([]Code{CodeUnauthorized, CodeForbidden}, PhotoErrors...)},
	{ID: "getMyPhoto", Method: "GET", Path: "/me/photo",
		Summary: "One's own profile photo, at most 512 pixels", Auth: true, RawResponse: "image/*",
		Errors: []Code{CodeUnauthorized, CodeNotFound}},
}

// MaxPhotoBytes is the largest photo the portal accepts (DETAILS-4,
// PROFILE-1); the desktop app checks it before sending.
const MaxPhotoBytes = 15 << 20
