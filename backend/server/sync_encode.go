package server

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"

	"kring/backend/api"
)

// encodeChangeSet writes set as JSON, the same as encoding/json would,
// but copies each record's data as it is: the loaders made it with
// json.Marshal, and checking it again costs a tenth of a first sync.
func encodeChangeSet(w io.Writer, set api.ChangeSet) error {
	bw := bufio.NewWriterSize(w, 32<<10)
	bw.WriteString(`{"clientId":`)
	writeString(bw, set.ClientID)
	bw.WriteString(`,"cursor":` + strconv.FormatInt(set.Cursor, 10))
	bw.WriteString(`,"more":` + strconv.FormatBool(set.More) + `,"changes":[`)
	for i, c := range set.Changes {
		if i > 0 {
			bw.WriteByte(',')
		}
		writeChange(bw, c)
	}
	bw.WriteString(`],"purge":`)
	writeSections(bw, set.Purge)
	bw.WriteString(`,"full":`)
	writeSections(bw, set.Full)
	bw.WriteString("}\n")
	return bw.Flush()
}

func writeChange(bw *bufio.Writer, c api.Change) {
	bw.WriteString(`{"section":`)
	writeString(bw, string(c.Section))
	bw.WriteString(`,"entity":`)
	writeString(bw, c.Entity)
	bw.WriteString(`,"id":`)
	writeString(bw, c.ID)
	if c.Deleted {
		bw.WriteString(`,"deleted":true`)
	}
	if len(c.Data) > 0 {
		bw.WriteString(`,"data":`)
		bw.Write(c.Data)
	}
	bw.WriteByte('}')
}

func writeSections(bw *bufio.Writer, list []api.Section) {
	if list == nil {
		bw.WriteString("null")
		return
	}
	bw.WriteByte('[')
	for i, s := range list {
		if i > 0 {
			bw.WriteByte(',')
		}
		writeString(bw, string(s))
	}
	bw.WriteByte(']')
}

// writeString writes s as a JSON string.
func writeString(bw *bufio.Writer, s string) {
	b, _ := json.Marshal(s)
	bw.Write(b)
}
