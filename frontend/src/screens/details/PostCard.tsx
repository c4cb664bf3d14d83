import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionButton } from '../../components/ActionButton';
import { Avatar } from '../../components/Avatar';
import { Icon } from '../../components/Icon';
import { FormAlert } from '../../components/Messages';
import { TextArea } from '../../components/TextArea';
import { errorMessage } from '../../i18n/errors';
import * as details from '../../services/details';
import type { BoardPost } from '../../services/details';
import { KringError } from '../../services/errors';
import { when } from '../messages/when';
import { DeletePost } from './DeletePost';

interface PostCardProps {
  clientId: string;
  post: BoardPost;
  admin: boolean;
  onChanged: (message: string) => void;
}

/** PostCard is one post on the Prikbord with its replies indented below. */
export function PostCard({ clientId, post, admin, onChanged }: PostCardProps) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  const name = post.mine ? t('details.you') : post.authorName;

  return (
    <article className="post" aria-labelledby={`post-${post.id}`}>
      <PostBody clientId={clientId} post={post} admin={admin} onChanged={onChanged} />
      {post.replies.length > 0 && (
        <ul className="post__replies" aria-label={t('details.repliesLabel', { name })}>
          {post.replies.map((r) => (
            <li key={r.id} className="reply">
              <PostBody clientId={clientId} post={r} admin={admin} onChanged={onChanged} />
            </li>
          ))}
        </ul>
      )}
      {!post.pending &&
        (replying ? (
          <ReplyForm
            clientId={clientId}
            parentId={post.id}
            onDone={(message) => {
              setReplying(false);
              if (message) onChanged(message);
            }}
          />
        ) : (
          <div className="post__actions">
            <ActionButton variant="secondary" onPress={() => setReplying(true)}>
              {t('details.reply')}
            </ActionButton>
          </div>
        ))}
    </article>
  );
}

// PostBody is the author, time, text and photo of a post or a reply.
function PostBody({ clientId, post, admin, onChanged }: PostCardProps) {
  const { t, i18n } = useTranslation();
  const name = post.mine ? t('details.you') : post.authorName;
  const canDelete = post.canDelete && !post.pending;

  return (
    <div className="post__body">
      <div className="post__head">
        <Avatar name={post.authorName || name} />
        <p className="post__meta">
          <span className="post__author" id={`post-${post.id}`}>
            {name}
          </span>{' '}
          <span className="post__time">{when(t, post.createdAt, i18n.language)}</span>
        </p>
      </div>
      <p className="post__text">{post.text}</p>
      {post.thumbnail && (
        <img className="post__photo" src={post.thumbnail} alt={t('details.photoOf', { name })} />
      )}
      {post.pending && (
        <p className="post__pending">
          <Icon name="repeat" size="1.1em" />
          {t('details.pending')}
        </p>
      )}
      {canDelete && (
        <DeletePost
          clientId={clientId}
          post={post}
          asAdmin={admin && !post.mine}
          onDeleted={() => onChanged(t('details.deleted'))}
        />
      )}
    </div>
  );
}

interface ReplyFormProps {
  clientId: string;
  parentId: string;
  /** onDone closes the form, with a sentence when a reply was placed. */
  onDone: (message?: string) => void;
}

function ReplyForm({ clientId, parentId, onDone }: ReplyFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (text.trim() === '') {
      setError(t('details.missingReply'));
      return;
    }

    setBusy(true);
    setProblem('');
    try {
      const result = await details.post(clientId, { parentId, text });
      if (result.state === 'failed') {
        setProblem(errorMessage(t, new KringError(result.errorCode || 'unknown')));
        return;
      }
      onDone(t(result.state === 'sent' ? 'details.replied' : 'details.queued'));
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="post__reply-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormAlert message={problem} />
      <TextArea
        label={t('details.replyText')}
        value={text}
        onChange={(v) => {
          setText(v);
          setError('');
        }}
        error={error}
        rows={2}
        autoFocus
      />
      <div className="form__actions">
        <ActionButton type="submit" busy={busy}>
          {t('details.replySubmit')}
        </ActionButton>
        <ActionButton variant="secondary" onPress={() => onDone()}>
          {t('details.cancel')}
        </ActionButton>
      </div>
    </form>
  );
}
