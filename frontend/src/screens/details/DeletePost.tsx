import { useState } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { ActionButton } from '../../components/ActionButton';
import { FormAlert } from '../../components/Messages';
import { errorMessage } from '../../i18n/errors';
import * as details from '../../services/details';
import type { BoardPost } from '../../services/details';
import { KringError } from '../../services/errors';

interface DeletePostProps {
  clientId: string;
  post: BoardPost;
  /** asAdmin is true when the portal administrator removes someone else's post. */
  asAdmin: boolean;
  onDeleted: () => void;
}

/**
 * DeletePost is Verwijderen with a question first (DETAILS-5). The portal
 * administrator removing another's post sees "Verwijderen als beheerder".
 */
export function DeletePost({ clientId, post, asAdmin, onDeleted }: DeletePostProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const isReply = post.parentId !== '';

  async function remove(close: () => void) {
    setBusy(true);
    setProblem('');
    try {
      const result = await details.deletePost(clientId, post.id);
      if (result.state === 'failed') {
        setProblem(errorMessage(t, new KringError(result.errorCode || 'unknown')));
        return;
      }
      close();
      onDeleted();
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <DialogTrigger onOpenChange={() => setProblem('')}>
      <ActionButton variant="secondary" className="button--danger-quiet post__delete">
        {asAdmin ? t('details.deleteAsAdmin') : t('details.delete')}
      </ActionButton>
      <ModalOverlay className="board-modal-overlay" isDismissable>
        <Modal className="board-modal">
          <Dialog className="board-dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">
                  {isReply ? t('details.deleteReplyTitle') : t('details.deletePostTitle')}
                </Heading>
                <p>{isReply ? t('details.deleteReplyText') : t('details.deletePostText')}</p>
                {asAdmin && <p>{t('details.deleteAdminText', { name: post.authorName })}</p>}
                <blockquote className="board-dialog__quote">{post.text}</blockquote>
                <FormAlert message={problem} />
                <div className="form__actions">
                  <ActionButton className="button--danger" busy={busy} onPress={() => void remove(close)}>
                    {t('details.deleteYes')}
                  </ActionButton>
                  <ActionButton variant="secondary" onPress={close} autoFocus>
                    {t('details.deleteNo')}
                  </ActionButton>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
