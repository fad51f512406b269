import { useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { button } from './styles';
import { casePath, type CaseFile } from './use-case';

/** "photo.png, 12 KB". */
const describe = (file: CaseFile) => `${file.name}, ${Math.max(1, Math.round(file.size / 1024))} KB`;

/**
 * Downloads a resident's file through the admin route: a plain link would carry no
 * admin token, so it is fetched and saved from memory, never from a public address.
 */
export function DownloadButton({ documentId, file }: { documentId: string; file: CaseFile }) {
  const { get } = useFetchClient();
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    setProblem(null);
    try {
      const response = await get<Blob>(`${casePath(documentId)}/files/${file.id}`, { responseType: 'blob' });
      const url = URL.createObjectURL(response.data);
      const link = document.createElement('a');
      link.href = url;
      link.download = file.name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The file could not be downloaded');
    }
  };
  return (
    <>
      <button type="button" style={button} onClick={() => void download()}>
        Download {describe(file)}
      </button>
      {problem && <span role="alert"> {problem}</span>}
    </>
  );
}
