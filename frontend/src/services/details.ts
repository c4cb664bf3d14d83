// Details wraps the bound DetailsService (DETAILS-*): the client's details
// and care team from the cache, and the bulletin board.
import * as Bindings from '../wailsjs/go/app/DetailsService';
import { call } from './errors';
import type { WriteResult } from './messages';

/** ClientDetails are the client's contact details from the dossier. */
export interface ClientDetails {
  name: string;
  /** birthDate is YYYY-MM-DD, or "" when unknown. */
  birthDate: string;
  address: string;
  phone: string;
  email: string;
  lastSync: string;
  offline: boolean;
}

/** CareTeamMember is a member of staff in the client's care. */
export interface CareTeamMember {
  id: string;
  name: string;
  role: string;
  phone: string;
  email: string;
}

/** BoardPost is a post on the Prikbord, or a reply to one. */
export interface BoardPost {
  id: string;
  parentId: string;
  authorId: string;
  authorName: string;
  text: string;
  createdAt: string;
  /** thumbnail is a data: URL of the photo, or "". */
  thumbnail: string;
  mine: boolean;
  canDelete: boolean;
  pending: boolean;
  replies: BoardPost[];
}

export interface BoardView {
  posts: BoardPost[];
  lastSync: string;
  offline: boolean;
}

/** NewPost is a post, or with parentId a reply; photo is base64. */
export interface NewPost {
  parentId?: string;
  text: string;
  photo?: string;
  photoType?: string;
}

/** details returns the client's contact details (DETAILS-1). */
export function details(clientId: string): Promise<ClientDetails> {
  return call(async () => {
    const d: ClientDetails = await Bindings.Details({ clientId });
    return d;
  });
}

/** careTeam lists the staff in the client's care (DETAILS-2). */
export function careTeam(clientId: string): Promise<CareTeamMember[]> {
  return call(async () => {
    const list: CareTeamMember[] = (await Bindings.CareTeam({ clientId })) ?? [];
    return list;
  });
}

/** board returns the Prikbord, newest post first (DETAILS-3). */
export function board(clientId: string): Promise<BoardView> {
  return call(async () => {
    const view: BoardView = await Bindings.Board({ clientId });
    return { ...view, posts: (view.posts ?? []).map(withReplies) };
  });
}

function withReplies(p: BoardPost): BoardPost {
  return { ...p, replies: (p.replies ?? []).map(withReplies) };
}

/** post places a post or a reply; a photo needs text (DETAILS-4). */
export function post(clientId: string, input: NewPost): Promise<WriteResult> {
  return call(async () => {
    const r: WriteResult = await Bindings.Post({
      clientId,
      parentId: input.parentId ?? '',
      text: input.text,
      photo: input.photo ?? '',
      photoType: input.photoType ?? '',
    });
    return r;
  });
}

/** deletePost removes a post or reply (DETAILS-5). */
export function deletePost(clientId: string, id: string): Promise<WriteResult> {
  return call(async () => {
    const r: WriteResult = await Bindings.DeletePost({ clientId, id });
    return r;
  });
}
