/**
 * The connections page's one script: while a first sync runs, each progress block
 * (`data-progress="<connection id>"`) asks `GET /api/connections/:id/progress` every two
 * seconds and shows the answer; once none is running it reloads the page, so the rest of it
 * (last sync, cursor age) is current. Without JavaScript the block's refresh link does the
 * same by hand. The CSP runs it by the hash of this exact text (security-headers.ts).
 */
export const SYNC_PROGRESS_SCRIPT = `(()=>{
const blocks=[...document.querySelectorAll('[data-progress]')];
if(blocks.length===0)return;
const show=async(el)=>{
const res=await fetch('/api/connections/'+encodeURIComponent(el.dataset.progress)+'/progress',{headers:{accept:'application/json'}});
if(!res.ok)return true;
const p=await res.json();
const line=el.querySelector('[data-progress-line]');
if(line)line.textContent=p.line;
const bar=el.querySelector('progress');
if(bar&&p.firstSync&&p.firstSync.eventsListed!==null){bar.max=Math.max(1,p.firstSync.eventsListed);bar.value=p.firstSync.eventsRead;}
return !(p.firstSync&&p.firstSync.running);
};
const poll=()=>Promise.all(blocks.map(show)).then(
(done)=>{if(done.every(Boolean))location.reload();else setTimeout(poll,2000);},
()=>setTimeout(poll,5000));
setTimeout(poll,2000);
})();`;
